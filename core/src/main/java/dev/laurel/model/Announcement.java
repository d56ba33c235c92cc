package dev.laurel.model;

import java.util.List;
import java.util.Objects;

/**
 * One commendation announcement: its roster, its awardees with their deeds, and what was wrong with
 * the text. This is the root of the JSON contract; see {@link #SCHEMA_VERSION}.
 *
 * @param schemaVersion the JSON schema version the record follows, {@link #SCHEMA_VERSION} when made here
 * @param source   where the text came from and how it was read
 * @param title    the headline, verbatim
 * @param honor    the honour as written (全国双拥模范城(县))
 * @param province the province the document is about, or null
 * @param event    the naming ceremony, or null when not stated
 * @param roster   the list of honoured names as the document gives it
 * @param awardees the honoured places with their deeds sections
 * @param issues   diagnostics about the whole document; each awardee has its own too
 */
public record Announcement(
        String schemaVersion,
        SourceInfo source,
        String title,
        String honor,
        String province,
        Event event,
        List<RosterEntry> roster,
        List<Awardee> awardees,
        List<Diagnostic> issues) {

    /** Bumped on any rename or removal of a JSON field; additions keep it. */
    public static final String SCHEMA_VERSION = "1";

    /**
     * Checks the components and copies the lists.
     *
     * @param schemaVersion the schema version; not blank
     * @param source        the source information; not null
     * @param title         the headline
     * @param honor         the honour as written
     * @param province      the province, or null
     * @param event         the naming ceremony, or null
     * @param roster        the roster, copied (null for none)
     * @param awardees      the awardees, copied (null for none)
     * @param issues        document diagnostics, copied (null for none)
     */
    public Announcement {
        Checks.requireNonBlank(schemaVersion, "schemaVersion");
        Objects.requireNonNull(source, "source must not be null");
        roster = Checks.copy(roster, "roster");
        awardees = Checks.copy(awardees, "awardees");
        issues = Checks.copy(issues, "issues");
    }

    /**
     * An announcement of the current schema version.
     *
     * @param source   the source information; not null
     * @param title    the headline
     * @param honor    the honour as written
     * @param province the province, or null
     * @param event    the naming ceremony, or null
     * @param roster   the roster (null for none)
     * @param awardees the awardees (null for none)
     * @param issues   document diagnostics (null for none)
     * @return an announcement with {@link #SCHEMA_VERSION}
     */
    public static Announcement of(SourceInfo source, String title, String honor, String province, Event event,
                                  List<RosterEntry> roster, List<Awardee> awardees, List<Diagnostic> issues) {
        return new Announcement(SCHEMA_VERSION, source, title, honor, province, event, roster, awardees, issues);
    }

    /**
     * This announcement with other source information (provenance added, say).
     *
     * @param source the new source information; not null
     * @return a copy with every other component unchanged
     */
    public Announcement withSource(SourceInfo source) {
        return new Announcement(schemaVersion, source, title, honor, province, event, roster, awardees, issues);
    }

    /**
     * Every diagnostic: the document's, then each awardee's in order.
     *
     * @return an unmodifiable list, empty when nothing was wrong
     */
    public List<Diagnostic> allIssues() {
        var all = new java.util.ArrayList<Diagnostic>(issues);
        for (Awardee a : awardees) {
            all.addAll(a.issues());
        }
        return List.copyOf(all);
    }
}
