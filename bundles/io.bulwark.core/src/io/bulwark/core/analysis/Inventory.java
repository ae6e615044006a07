package io.bulwark.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import io.bulwark.core.analysis.Analysis.RaidGeometry;
import io.bulwark.core.report.Reason;
import io.bulwark.core.scenario.Battery;

/**
 * The inventory of rule 8 and the negations it gives, for the engagements as they stand and without one radar or
 * battery. Threats are served in the order of their earliest feasible intercept, then raid, then missile; a raid's
 * missiles share their engagements and so sit together in that order, and the run goes raid by raid: a battery
 * gives each missile of a raid its planned shots while it has them and runs dry inside at most one raid. A what-if
 * replaces the engagements of a few raids: only those whose earliest intercept changed are placed anew in the
 * baseline's order.
 */
final class Inventory {

    private final Analysis analysis;
    private final int batteries;
    private final int[] interceptors;
    /** (1 - pk)^shots of each battery, for as many shots as it can plan against one threat. */
    private final double[][] survival;
    /** Each raid's engagements as they stand, and the batteries that engage it (planned > 0), ascending. */
    private final Engagement[][] rows;
    private final int[][] engaging;
    /** Each raid's earliest intercept (null: none engages), the raids in the order they are served, and each raid's place in it. */
    private final Boundary[] earliest;
    private final int[] order;
    private final int[] rank;
    /** Per battery, the raids it engages in the order they are served, and the shots it plans against each of their missiles. */
    private final int[][] queueRaids;
    private final int[][] queueShots;
    /** Per radar, the engagements (raid, battery) its loss changes: it is their fire control or their first-arriving cue. */
    private final int[][] lossRaids;
    private final int[][] lossBatteries;
    private final Outcome baseline;

    Inventory(Analysis analysis) {
        this.analysis = analysis;
        List<Battery> list = analysis.scenario.batteries();
        this.batteries = list.size();
        this.interceptors = list.stream().mapToInt(Battery::interceptors).toArray();
        this.survival = new double[batteries][];
        for (int b = 0; b < batteries; b++) {
            Battery battery = list.get(b);
            // a threat is planned at most two salvos (shoot-look-shoot)
            survival[b] = new double[2 * battery.salvoSize() + 1];
            for (int shots = 0; shots < survival[b].length; shots++) {
                survival[b][shots] = Math.pow(1 - battery.type().pk(), shots);
            }
        }
        RaidGeometry[] raids = analysis.raids;
        this.rows = new Engagement[raids.length][];
        this.engaging = new int[raids.length][];
        this.earliest = new Boundary[raids.length];
        for (int q = 0; q < raids.length; q++) {
            rows[q] = raids[q].engagements();
            engaging[q] = engagingBatteries(rows[q]);
            earliest[q] = earliestIntercept(rows[q], engaging[q]);
        }
        this.order = IntStream.range(0, raids.length).boxed().sorted((x, y) -> compare(earliest, x, y)).mapToInt(Integer::intValue)
                .toArray();
        this.rank = ranks(order);
        int[] queued = new int[batteries];
        for (int[] batteriesOfRaid : engaging) {
            for (int b : batteriesOfRaid) {
                queued[b]++;
            }
        }
        this.queueRaids = new int[batteries][];
        this.queueShots = new int[batteries][];
        for (int b = 0; b < batteries; b++) {
            queueRaids[b] = new int[queued[b]];
            queueShots[b] = new int[queued[b]];
        }
        Arrays.fill(queued, 0);
        for (int q : order) {
            for (int b : engaging[q]) {
                queueRaids[b][queued[b]] = q;
                queueShots[b][queued[b]++] = rows[q][b].planned;
            }
        }
        this.lossRaids = new int[analysis.radars.length][0];
        this.lossBatteries = new int[analysis.radars.length][0];
        if (raids.length > 0 && raids[0].firstCue() != null) {
            indexRadarLosses();
        }
        this.baseline = runAll();
    }

    private void indexRadarLosses() {
        int[] count = new int[lossRaids.length];
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                for (int r = 0; r < count.length; r++) {
                    lossRaids[r] = new int[count[r]];
                    lossBatteries[r] = new int[count[r]];
                }
                Arrays.fill(count, 0);
            }
            for (int q = 0; q < rows.length; q++) {
                int[] firstCue = analysis.raids[q].firstCue();
                for (int b : engaging[q]) {
                    int fireControl = analysis.fireControlOf[b];
                    for (int r : fireControl == firstCue[b] ? new int[] { fireControl } : new int[] { fireControl, firstCue[b] }) {
                        if (r < 0) {
                            continue;
                        }
                        if (pass == 1) {
                            lossRaids[r][count[r]] = q;
                            lossBatteries[r][count[r]] = b;
                        }
                        count[r]++;
                    }
                }
            }
        }
    }

    /** The engagements as they stand. */
    Outcome baseline() {
        return baseline;
    }

    /** Without one radar, or null when its loss changes no engagement. */
    Outcome withoutRadar(int radar) {
        if (lossRaids[radar].length == 0) {
            return null;
        }
        Engagement[][] changed = new Engagement[rows.length][];
        List<Integer> changedRaids = new ArrayList<>();
        for (int k = 0; k < lossRaids[radar].length; k++) {
            int q = lossRaids[radar][k];
            int b = lossBatteries[radar][k];
            if (changed[q] == null) {
                changed[q] = rows[q].clone();
                changedRaids.add(q);
            }
            changed[q][b] = analysis.fireControlOf[b] == radar ? Engagement.none(Reason.FIRE_CONTROL_BLIND)
                    : analysis.raids[q].withoutFirstCue()[b];
        }
        return with(changed, changedRaids);
    }

    /** Without one battery, or null when it engages nothing. */
    Outcome withoutBattery(int battery) {
        if (queueRaids[battery].length == 0) {
            return null;
        }
        Engagement[][] changed = new Engagement[rows.length][];
        List<Integer> changedRaids = new ArrayList<>();
        for (int q : queueRaids[battery]) {
            changed[q] = rows[q].clone();
            changed[q][battery] = Engagement.none(Reason.NO_INTERCEPTORS);
            changedRaids.add(q);
        }
        return with(changed, changedRaids);
    }

    /** Every battery down its queue, every threat's negation. */
    private Outcome runAll() {
        Outcome outcome = new Outcome(analysis, rows, engaging, rank, batteries, new double[analysis.paths.length]);
        for (int b = 0; b < batteries; b++) {
            runBattery(outcome, b, queueRaids[b], queueShots[b], null, null);
        }
        for (int q = 0; q < rows.length; q++) {
            negations(outcome, q);
        }
        return outcome;
    }

    /**
     * The outcome with the engagements of some raids replaced ({@code changed[q]} for q in {@code changedRaids}). A battery
     * runs anew only when one of those raids changes its shots at it or moves in the order while it engages it; a raid's
     * negations are computed anew only when its engagements or its shots changed.
     */
    private Outcome with(Engagement[][] changed, List<Integer> changedRaids) {
        Engagement[][] newRows = rows.clone();
        int[][] newEngaging = engaging.clone();
        Boundary[] newEarliest = earliest.clone();
        boolean[] moved = new boolean[rows.length];
        boolean[] dirty = new boolean[rows.length];
        List<Integer> movedRaids = new ArrayList<>();
        boolean[] affected = new boolean[batteries];
        for (int q : changedRaids) {
            newRows[q] = changed[q];
            newEngaging[q] = engagingBatteries(changed[q]);
            newEarliest[q] = earliestIntercept(changed[q], newEngaging[q]);
            dirty[q] = true;
            if (newEarliest[q] != earliest[q]) {
                moved[q] = true;
                movedRaids.add(q);
            }
            for (int[] batteriesOfRaid : new int[][] { engaging[q], newEngaging[q] }) {
                for (int b : batteriesOfRaid) {
                    affected[b] |= moved[q] || rows[q][b].planned != changed[q][b].planned;
                }
            }
        }
        int[] newOrder = movedRaids.isEmpty() ? order : reorder(newEarliest, moved, movedRaids);
        int[] newRank = movedRaids.isEmpty() ? rank : ranks(newOrder);
        Outcome outcome = new Outcome(analysis, newRows, newEngaging, newRank, batteries, baseline.negation.clone());
        List<Integer> changedInOrder = new ArrayList<>(changedRaids);
        changedInOrder.sort((x, y) -> Integer.compare(newRank[x], newRank[y]));
        boolean[] isChanged = new boolean[rows.length];
        changedRaids.forEach(q -> isChanged[q] = true);
        for (int b = 0; b < batteries; b++) {
            if (!affected[b]) {
                outcome.copyBattery(baseline, b);
                continue;
            }
            // the queue without the changed raids keeps its order; the changed ones that engage b are merged in
            int[] oldRaids = queueRaids[b];
            int[] raids = new int[oldRaids.length + changedRaids.size()];
            int[] shots = new int[raids.length];
            int n = 0;
            int k = 0;
            for (int q : changedInOrder) {
                int planned = changed[q][b].planned;
                if (planned == 0) {
                    continue;
                }
                for (; k < oldRaids.length && (isChanged[oldRaids[k]] || newRank[oldRaids[k]] < newRank[q]); k++) {
                    if (!isChanged[oldRaids[k]]) {
                        raids[n] = oldRaids[k];
                        shots[n++] = queueShots[b][k];
                    }
                }
                raids[n] = q;
                shots[n++] = planned;
            }
            for (; k < oldRaids.length; k++) {
                if (!isChanged[oldRaids[k]]) {
                    raids[n] = oldRaids[k];
                    shots[n++] = queueShots[b][k];
                }
            }
            runBattery(outcome, b, Arrays.copyOf(raids, n), Arrays.copyOf(shots, n), baseline, dirty);
        }
        for (int q = 0; q < rows.length; q++) {
            if (dirty[q]) {
                negations(outcome, q);
            }
        }
        return outcome;
    }

    /** The baseline's order with the moved raids taken out and put back where their new earliest intercept places them. */
    private int[] reorder(Boundary[] newEarliest, boolean[] moved, List<Integer> movedRaids) {
        int[] rest = Arrays.stream(order).filter(q -> !moved[q]).toArray();
        movedRaids.sort((x, y) -> compare(newEarliest, x, y));
        int[] result = new int[order.length];
        int next = 0;
        int from = 0;
        for (int m : movedRaids) {
            // the first of the rest that comes after m
            int lo = from;
            int hi = rest.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (compare(newEarliest, rest[mid], m) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            while (from < lo) {
                result[next++] = rest[from++];
            }
            result[next++] = m;
        }
        while (from < rest.length) {
            result[next++] = rest[from++];
        }
        return result;
    }

    private static int[] ranks(int[] order) {
        int[] rank = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            rank[order[k]] = k;
        }
        return rank;
    }

    /**
     * Battery b's inventory down its queue: each missile of a raid gets the planned shots while they last; the missile
     * where they run out gets what is left, the rest nothing. With {@code before}, marks in {@code dirty} the raids
     * whose shots from b differ from those they get there.
     */
    private void runBattery(Outcome outcome, int b, int[] raids, int[] shots, Outcome before, boolean[] dirty) {
        int remaining = interceptors[b];
        int dryRaid = -1;
        int dryMissile = 0;
        int dryShots = 0;
        int shortfall = 0;
        int plannedTotal = 0;
        for (int k = 0; k < raids.length; k++) {
            int q = raids[k];
            int planned = shots[k];
            int missiles = analysis.firstThreat[q + 1] - analysis.firstThreat[q];
            plannedTotal += missiles * planned;
            int served = dryRaid >= 0 ? 0 : Math.min(missiles, remaining / planned);
            int last = 0;
            if (dryRaid >= 0) {
                shortfall += missiles * planned;
            } else if (served == missiles) {
                remaining -= missiles * planned;
            } else {
                last = remaining - served * planned;
                dryRaid = q;
                dryMissile = served;
                dryShots = last;
                shortfall += (missiles - served) * planned - last;
                remaining = 0;
            }
            if (before != null && !dirty[q] && (before.served(q, b) != served || before.lastShots(q, b) != last)) {
                dirty[q] = true;
            }
        }
        outcome.setBattery(b, dryRaid, dryMissile, dryShots, shortfall, plannedTotal);
    }

    /** Each missile's negation: 1 - the product of (1 - pk)^shots over the batteries that fire at it, in battery order. */
    private void negations(Outcome outcome, int q) {
        int first = analysis.firstThreat[q];
        for (int t = first; t < analysis.firstThreat[q + 1]; t++) {
            double survive = 1;
            for (int b : outcome.engaging[q]) {
                int shots = outcome.allocated(t, b);
                // (1 - pk)^0 is exactly 1: batteries that do not fire leave the product as it is
                if (shots > 0) {
                    survive *= survival[b][shots];
                }
            }
            outcome.negation[t] = 1 - survive;
        }
    }

    private static int[] engagingBatteries(Engagement[] row) {
        return IntStream.range(0, row.length).filter(b -> row[b].planned > 0).toArray();
    }

    /** The first intercept of the battery that intercepts first (the first of equals), or null when none engages. */
    private static Boundary earliestIntercept(Engagement[] row, int[] engagingBatteries) {
        Boundary earliest = null;
        for (int b : engagingBatteries) {
            Boundary at = row[b].firstIntercept;
            if (earliest == null || Boundary.less(at, x -> x, earliest, x -> x)) {
                earliest = at;
            }
        }
        return earliest;
    }

    /** Raids by their earliest intercept's scenario time (none last), then by index. */
    private int compare(Boundary[] earliestOf, int x, int y) {
        int c = compareScenarioTimes(analysis.raids[x].path(), earliestOf[x], analysis.raids[y].path(), earliestOf[y]);
        return c != 0 ? c : Integer.compare(x, y);
    }

    /** Orders two intercepts (threat time; null: never) by their scenario times, halving them only while that is in doubt. */
    private static int compareScenarioTimes(ThreatPath x, Boundary atX, ThreatPath y, Boundary atY) {
        if (atX == null || atY == null) {
            return atX == null ? (atY == null ? 0 : 1) : -1;
        }
        if (Boundary.less(atX, x::scenarioTime, atY, y::scenarioTime)) {
            return -1;
        }
        return Boundary.less(atY, y::scenarioTime, atX, x::scenarioTime) ? 1 : 0;
    }

    /** The result of one evaluation: per threat and battery, the engagement and the shots allocated; per threat, the negation. */
    static final class Outcome {

        private final Analysis analysis;
        private final Engagement[][] rows;
        private final int[][] engaging;
        /** Each raid's place in the order served. */
        private final int[] rank;
        /** Per battery: the raid in which it ran dry (-1: never), the missile there that got less than planned, and its shots. */
        private final int[] dryRaid;
        private final int[] dryMissile;
        private final int[] dryShots;
        final double[] negation;
        final int[] shortfall;
        final int[] plannedTotal;

        private Outcome(Analysis analysis, Engagement[][] rows, int[][] engaging, int[] rank, int batteries, double[] negation) {
            this.analysis = analysis;
            this.rows = rows;
            this.engaging = engaging;
            this.rank = rank;
            this.dryRaid = new int[batteries];
            this.dryMissile = new int[batteries];
            this.dryShots = new int[batteries];
            this.negation = negation;
            this.shortfall = new int[batteries];
            this.plannedTotal = new int[batteries];
        }

        private void setBattery(int b, int raid, int missile, int shots, int shortOf, int planned) {
            dryRaid[b] = raid;
            dryMissile[b] = missile;
            dryShots[b] = shots;
            shortfall[b] = shortOf;
            plannedTotal[b] = planned;
        }

        private void copyBattery(Outcome from, int b) {
            setBattery(b, from.dryRaid[b], from.dryMissile[b], from.dryShots[b], from.shortfall[b], from.plannedTotal[b]);
        }

        Engagement engagement(int threat, int battery) {
            return rows[analysis.paths[threat].raidIndex][battery];
        }

        /** Whether any battery engages the raid's missiles (they share their engagements). */
        boolean engaged(int raid) {
            return engaging[raid].length > 0;
        }

        int allocated(int threat, int battery) {
            int q = analysis.paths[threat].raidIndex;
            int planned = rows[q][battery].planned;
            int missile = threat - analysis.firstThreat[q];
            int served = served(q, battery);
            return planned == 0 ? 0 : missile < served ? planned : missile == served ? lastShots(q, battery) : 0;
        }

        /** How many missiles of raid q (from the first) get every shot battery b plans against them. */
        private int served(int q, int b) {
            int dry = dryRaid[b];
            return dry < 0 || rank[q] < rank[dry] ? analysis.firstThreat[q + 1] - analysis.firstThreat[q]
                    : rank[q] > rank[dry] ? 0 : dryMissile[b];
        }

        /** The shots battery b gives the first missile of raid q that does not get all it plans (0 when none is short). */
        private int lastShots(int q, int b) {
            int dry = dryRaid[b];
            return dry >= 0 && rank[q] == rank[dry] ? dryShots[b] : 0;
        }
    }
}
