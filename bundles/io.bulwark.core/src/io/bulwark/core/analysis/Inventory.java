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
    /** Each raid's earliest intercept (null: none engages), and the raids in the order they are served. */
    private final Boundary[] earliest;
    private final int[] order;

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
    }

    /** The engagements as they stand. */
    Outcome baseline() {
        return run(rows, engaging, order);
    }

    /** Without one radar, or null when its loss changes no engagement. */
    Outcome withoutRadar(int radar) {
        Engagement[][] changed = new Engagement[rows.length][];
        boolean any = false;
        for (int q = 0; q < rows.length; q++) {
            int[] firstCue = analysis.raids[q].firstCue();
            for (int b : engaging[q]) {
                boolean fireControl = analysis.fireControlOf[b] == radar;
                if (fireControl || firstCue[b] == radar) {
                    if (changed[q] == null) {
                        changed[q] = rows[q].clone();
                    }
                    changed[q][b] = fireControl ? Engagement.none(Reason.FIRE_CONTROL_BLIND) : analysis.raids[q].withoutFirstCue()[b];
                    any = true;
                }
            }
        }
        return any ? with(changed) : null;
    }

    /** Without one battery, or null when it engages nothing. */
    Outcome withoutBattery(int battery) {
        Engagement[][] changed = new Engagement[rows.length][];
        boolean any = false;
        for (int q = 0; q < rows.length; q++) {
            if (rows[q][battery].planned > 0) {
                changed[q] = rows[q].clone();
                changed[q][battery] = Engagement.none(Reason.NO_INTERCEPTORS);
                any = true;
            }
        }
        return any ? with(changed) : null;
    }

    /** The outcome with the engagements of some raids replaced ({@code changed[q]}; null: as they stand). */
    private Outcome with(Engagement[][] changed) {
        Engagement[][] newRows = rows.clone();
        int[][] newEngaging = engaging.clone();
        Boundary[] newEarliest = earliest.clone();
        boolean[] moved = new boolean[rows.length];
        List<Integer> movedRaids = new ArrayList<>();
        for (int q = 0; q < rows.length; q++) {
            if (changed[q] != null) {
                newRows[q] = changed[q];
                newEngaging[q] = engagingBatteries(changed[q]);
                newEarliest[q] = earliestIntercept(changed[q], newEngaging[q]);
                if (newEarliest[q] != earliest[q]) {
                    moved[q] = true;
                    movedRaids.add(q);
                }
            }
        }
        return run(newRows, newEngaging, movedRaids.isEmpty() ? order : reorder(newEarliest, moved, movedRaids));
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

    private Outcome run(Engagement[][] rowOfRaid, int[][] engagingOfRaid, int[] raidOrder) {
        int[] remaining = interceptors.clone();
        int[] shortfall = new int[batteries];
        int[] plannedTotal = new int[batteries];
        int[] dryRaid = new int[batteries];
        Arrays.fill(dryRaid, -1);
        int[] dryMissile = new int[batteries];
        int[] dryShots = new int[batteries];
        int[] rank = new int[raidOrder.length];
        double[] negation = new double[analysis.paths.length];
        // of the raid at hand, per engaging battery: how many missiles get every planned shot, and the shots the next one gets
        int[] served = new int[batteries];
        int[] lastShots = new int[batteries];
        for (int k = 0; k < raidOrder.length; k++) {
            int q = raidOrder[k];
            rank[q] = k;
            int first = analysis.firstThreat[q];
            int missiles = analysis.firstThreat[q + 1] - first;
            boolean same = true;
            for (int b : engagingOfRaid[q]) {
                int planned = rowOfRaid[q][b].planned;
                plannedTotal[b] += missiles * planned;
                served[b] = Math.min(missiles, remaining[b] / planned);
                if (served[b] == missiles) {
                    remaining[b] -= missiles * planned;
                    continue;
                }
                lastShots[b] = remaining[b] - served[b] * planned;
                if (dryRaid[b] < 0) {
                    dryRaid[b] = q;
                    dryMissile[b] = served[b];
                    dryShots[b] = lastShots[b];
                }
                shortfall[b] += (missiles - served[b]) * planned - lastShots[b];
                remaining[b] = 0;
                same &= served[b] == 0 && lastShots[b] == 0;
            }
            // missiles that get the same shots from every battery have the same negation
            for (int i = 0; i < missiles; i++) {
                negation[first + i] = same && i > 0 ? negation[first] : negation(rowOfRaid[q], engagingOfRaid[q], served, lastShots, i);
            }
        }
        return new Outcome(analysis, rowOfRaid, engagingOfRaid, rank, dryRaid, dryMissile, dryShots, negation, shortfall, plannedTotal);
    }

    /** 1 - the product of (1 - pk)^shots over the batteries that fire at missile {@code i} of a raid, in battery order. */
    private double negation(Engagement[] row, int[] engagingBatteries, int[] served, int[] lastShots, int i) {
        double survive = 1;
        for (int b : engagingBatteries) {
            int shots = i < served[b] ? row[b].planned : i == served[b] ? lastShots[b] : 0;
            // (1 - pk)^0 is exactly 1: batteries that do not fire leave the product as it is
            if (shots > 0) {
                survive *= survival[b][shots];
            }
        }
        return 1 - survive;
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

        private Outcome(Analysis analysis, Engagement[][] rows, int[][] engaging, int[] rank, int[] dryRaid, int[] dryMissile,
                int[] dryShots, double[] negation, int[] shortfall, int[] plannedTotal) {
            this.analysis = analysis;
            this.rows = rows;
            this.engaging = engaging;
            this.rank = rank;
            this.dryRaid = dryRaid;
            this.dryMissile = dryMissile;
            this.dryShots = dryShots;
            this.negation = negation;
            this.shortfall = shortfall;
            this.plannedTotal = plannedTotal;
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
            int dry = dryRaid[battery];
            if (planned == 0 || dry < 0 || rank[q] < rank[dry]) {
                return planned;
            }
            if (rank[q] > rank[dry]) {
                return 0;
            }
            int missile = threat - analysis.firstThreat[q];
            return missile < dryMissile[battery] ? planned : missile == dryMissile[battery] ? dryShots[battery] : 0;
        }
    }
}
