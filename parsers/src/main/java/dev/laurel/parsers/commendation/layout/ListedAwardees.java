package dev.laurel.parsers.commendation.layout;

import dev.laurel.model.Awardee;
import dev.laurel.model.RosterEntry;
import dev.laurel.parsers.commendation.DiagnosticLog;
import dev.laurel.parsers.commendation.DocumentContext;
import dev.laurel.parsers.commendation.mentions.PlaceRef;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Honour counts a list gives its places ({@code 1.南昌市（第六次）}, a table's 命名次数 column): a place
 * with a count and no deeds becomes an awardee of its own, and an awardee whose text states no count
 * takes the list's.
 */
public final class ListedAwardees {

    private ListedAwardees() {
    }

    /**
     * Adds to {@code awardees} (kept in text order) the listed places with a count, and gives the list's count
     * to awardees without one; the names added join {@code named}.
     */
    public static void addCounts(RosterReader.Roster roster, List<Awardee> awardees, Set<String> named,
                          DocumentContext context, DiagnosticLog log) {
        boolean added = false;
        for (int i = 0; i < roster.entries().size(); i++) {
            ListRows.Item item = roster.places().get(i);
            if (item.times() == null) {
                continue;
            }
            RosterEntry e = roster.entries().get(i);
            int at = indexOf(awardees, e.name());
            if (at >= 0) {
                Awardee a = awardees.get(at);
                if (a.timesHonored() == null) {
                    awardees.set(at, new Awardee(a.name(), a.province(), a.kind(), a.regionCode(), a.honorTitle(),
                            item.times(), item.kind(), a.provincialTimesHonored(), a.summary(), a.initiatives(),
                            a.metrics(), a.span(), a.issues(), a.writtenName()));
                }
                continue;
            }
            PlaceRef place = item.place();
            awardees.add(new Awardee(e.name(), place.province(), place.kind(), place.regionCode(),
                    context.titles().of(place), item.times(), item.kind(), null, null, List.of(), List.of(),
                    e.span(), log.bucket().items(), place.name()));
            named.add(e.name());
            added = true;
        }
        if (added) {
            awardees.sort(Comparator.comparingInt(a -> a.span().start()));
        }
    }

    private static int indexOf(List<Awardee> awardees, String name) {
        for (int i = 0; i < awardees.size(); i++) {
            if (awardees.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
