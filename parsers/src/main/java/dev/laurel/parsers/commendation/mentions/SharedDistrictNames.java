package dev.laurel.parsers.commendation.mentions;

import dev.laurel.model.RegionKind;
import dev.laurel.region.Gazetteer;
import dev.laurel.region.Region;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * District names that several cities' districts share (市中区, 城区, 郊区, 鼓楼区, 西湖区): such a district is named with
 * its city (济南市市中区, 枣庄市市中区), as official documents write it, so that two awardees are never one name.
 */
final class SharedDistrictNames {
    private SharedDistrictNames() {
    }

    /** The names more than one district of the gazetteer has, found once. */
    private static final Set<String> SHARED = shared();

    private static Set<String> shared() {
        Map<String, Integer> seen = new HashMap<>();
        for (Region r : Gazetteer.get().regions()) {
            if (r.kind() == RegionKind.DISTRICT) {
                seen.merge(r.name(), 1, Integer::sum);
            }
        }
        Set<String> out = new HashSet<>();
        seen.forEach((name, n) -> {
            if (n > 1) {
                out.add(name);
            }
        });
        return Set.copyOf(out);
    }

    /** The name of the city of {@code r} when {@code r} is a district whose name others share, else null. */
    static String cityOf(Region r) {
        if (r.kind() != RegionKind.DISTRICT || !SHARED.contains(r.name())) {
            return null;
        }
        return r.parent().map(Region::name).orElse(null);
    }
}
