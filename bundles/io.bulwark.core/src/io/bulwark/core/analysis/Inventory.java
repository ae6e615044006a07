package io.bulwark.core.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import io.bulwark.core.analysis.Analysis.RaidGeometry;
import io.bulwark.core.report.Reason;
import io.bulwark.core.scenario.Battery;

/**
 * The inventory of rule 8 and the negations it gives, for the engagements as they stand and without one radar or
 * battery. Threats are served in the order of their earliest feasible intercept, then raid, then missile; a raid's
 * missiles share their engagements and so sit together in that order. Each battery runs down its own queue of the
 * raids it engages: it gives each missile its planned shots while it has them and runs dry inside at most one raid.
 * A what-if replaces a few raids' engagements: only the raids whose earliest intercept moved are placed anew in the
 * baseline's order, only the batteries whose queue changed run anew (and only as far as their shots reach), and only
 * the missiles whose shots changed get their negation anew.
 */
final class Inventory {

    private final Analysis analysis;
    private final int batteries;
    private final int[] interceptors;
    /** (1 - pk)^shots of each battery, for as many shots as it can plan against one threat. */
    private final double[][] survival;
    /** Per raid: the batteries that engage it (planned > 0), ascending, and the shots each plans against each missile. */
    private final int[][] engaging;
    private final int[][] shots;
    /** Per raid: the first intercept (threat time) of each battery that engages it, beside {@link #engaging}. */
    private final double[][] firstIntercepts;
    /** Per raid: its earliest intercept (threat time; NaN: none engages) and the battery it is of (-1: none). */
    private final double[] earliest;
    private final int[] earliestBattery;
    /** Per raid: the scenario time of its earliest intercept (NaN: none). */
    private final double[] scenarioEarliest;
    /** The raids in the order they are served, and each raid's place in it. */
    private final int[] order;
    private final int[] rank;
    /** Per battery, the raids it engages in the order they are served, and the shots it plans against each of their missiles. */
    private final int[][] queue;
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
            for (int n = 0; n < survival[b].length; n++) {
                survival[b][n] = Math.pow(1 - battery.type().pk(), n);
            }
        }
        RaidGeometry[] raids = analysis.raids;
        this.engaging = new int[raids.length][];
        this.shots = new int[raids.length][];
        this.firstIntercepts = new double[raids.length][];
        this.earliest = new double[raids.length];
        this.earliestBattery = new int[raids.length];
        int[] queued = new int[batteries];
        this.scenarioEarliest = new double[raids.length];
        for (int q = 0; q < raids.length; q++) {
            // the batteries out of range alone engage nothing
            RaidGeometry raid = raids[q];
            int[] inRange = raid.inRange();
            Engagement[] row = raid.inRangeEngagements();
            int count = 0;
            for (Engagement engagement : row) {
                count += engagement.planned > 0 ? 1 : 0;
            }
            engaging[q] = new int[count];
            shots[q] = new int[count];
            firstIntercepts[q] = new double[count];
            for (int k = 0, n = 0; n < count; k++) {
                if (row[k].planned > 0) {
                    engaging[q][n] = inRange[k];
                    shots[q][n] = row[k].planned;
                    firstIntercepts[q][n++] = row[k].firstInterceptS;
                }
            }
            int first = earliestOf(firstIntercepts[q]);
            earliestBattery[q] = first < 0 ? -1 : engaging[q][first];
            earliest[q] = first < 0 ? Double.NaN : firstIntercepts[q][first];
            scenarioEarliest[q] = scenarioTime(raid.path(), earliest[q]);
            for (int b : engaging[q]) {
                queued[b]++;
            }
        }
        this.order = IntStream.range(0, raids.length).boxed()
                .sorted((x, y) -> compareScenarioTimes(scenarioEarliest[x], x, scenarioEarliest[y], y)).mapToInt(Integer::intValue).toArray();
        this.rank = ranks(order);
        this.queue = new int[batteries][];
        this.queueShots = new int[batteries][];
        for (int b = 0; b < batteries; b++) {
            queue[b] = new int[queued[b]];
            queueShots[b] = new int[queued[b]];
        }
        Arrays.fill(queued, 0);
        for (int q : order) {
            for (int k = 0; k < engaging[q].length; k++) {
                int b = engaging[q][k];
                queueShots[b][queued[b]] = shots[q][k];
                queue[b][queued[b]++] = q;
            }
        }
        this.lossRaids = new int[analysis.radars.length][0];
        this.lossBatteries = new int[analysis.radars.length][0];
        if (raids.length > 0 && raids[0].firstCue() != null) {
            indexRadarLosses();
        }
        this.baseline = new Outcome(this, engaging, shots, null, new int[0], new long[0], new double[analysis.paths.length]);
        for (int b = 0; b < batteries; b++) {
            runBattery(baseline, b);
        }
        for (int q = 0; q < raids.length; q++) {
            negations(baseline, q);
        }
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
            for (int q = 0; q < engaging.length; q++) {
                int[] firstCue = analysis.raids[q].firstCue();
                for (int b : engaging[q]) {
                    int fireControl = analysis.fireControlOf[b];
                    // the fire control, then the first-arriving cue when it is another radar
                    for (int k = 0; k < 2; k++) {
                        int r = k == 0 ? fireControl : firstCue[b];
                        if (r < 0 || k == 1 && r == fireControl) {
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
        int[] raids = lossRaids[radar];
        if (raids.length == 0) {
            return null;
        }
        Engagement[] to = new Engagement[raids.length];
        for (int k = 0; k < raids.length; k++) {
            int b = lossBatteries[radar][k];
            to[k] = analysis.fireControlOf[b] == radar ? Engagement.none(Reason.FIRE_CONTROL_BLIND) : analysis.raids[raids[k]].withoutFirstCue()[b];
        }
        return with(raids, lossBatteries[radar], to);
    }

    /** Without one battery, or null when it engages nothing. */
    Outcome withoutBattery(int battery) {
        int[] raids = queue[battery].clone();
        if (raids.length == 0) {
            return null;
        }
        Arrays.sort(raids);
        int[] lost = new int[raids.length];
        Arrays.fill(lost, battery);
        Engagement[] to = new Engagement[raids.length];
        Arrays.fill(to, Engagement.none(Reason.NO_INTERCEPTORS));
        return with(raids, lost, to);
    }

    /**
     * The outcome with engagements replaced: battery {@code changedBatteries[k]} against raid {@code changedRaids[k]}
     * engages as {@code to[k]} (the raids ascending, each raid's batteries ascending). A battery runs anew only when a
     * changed raid changes its shots at it or moves in the order while it engages it.
     */
    private Outcome with(int[] changedRaids, int[] changedBatteries, Engagement[] to) {
        int[][] newEngaging = engaging.clone();
        int[][] newShots = shots.clone();
        boolean[] isChanged = new boolean[engaging.length];
        boolean[] moved = new boolean[engaging.length];
        // the raids whose earliest intercept moved and that new earliest intercept, [0, moves)
        int[] movedRaids = new int[changedRaids.length];
        double[] movedEarliest = new double[changedRaids.length];
        int moves = 0;
        boolean[] affected = new boolean[batteries];
        // the raids whose shots from some battery change: marked here for batteries a change takes away, else when the battery runs anew
        boolean[] dirty = new boolean[engaging.length];
        int[] plannedTotal = baseline.plannedTotal.clone();
        for (int from = 0; from < changedRaids.length;) {
            int q = changedRaids[from];
            int until = from;
            while (until < changedRaids.length && changedRaids[until] == q) {
                until++;
            }
            isChanged[q] = true;
            double now = replace(q, changedBatteries, to, from, until, newEngaging, newShots, plannedTotal, affected, dirty);
            if (Double.compare(now, earliest[q]) != 0) {
                moved[q] = true;
                movedRaids[moves] = q;
                movedEarliest[moves++] = now;
                for (int[] batteriesOfRaid : new int[][] { engaging[q], newEngaging[q] }) {
                    for (int b : batteriesOfRaid) {
                        affected[b] = true;
                    }
                }
            }
            from = until;
        }
        int[] inNewOrder = new int[moves];
        int[] movedAscending = Arrays.copyOf(movedRaids, moves);
        long[] movedPlaces = place(movedAscending, movedEarliest, inNewOrder);
        Outcome outcome = new Outcome(this, newEngaging, newShots, moved, movedAscending, movedPlaces, baseline.negation.clone());
        // per affected battery, the moved raids that engage it, in the new order (the others keep their places in its queue)
        int[] inserted = new int[batteries];
        for (int q : inNewOrder) {
            for (int b : newEngaging[q]) {
                inserted[b]++;
            }
        }
        int[][] insertedRaids = new int[batteries][];
        for (int b = 0; b < batteries; b++) {
            insertedRaids[b] = affected[b] ? new int[inserted[b]] : null;
        }
        Arrays.fill(inserted, 0);
        for (int q : inNewOrder) {
            for (int b : newEngaging[q]) {
                insertedRaids[b][inserted[b]++] = q;
            }
        }
        for (int b = 0; b < batteries; b++) {
            if (affected[b]) {
                rerun(outcome, b, insertedRaids[b], plannedTotal[b], isChanged, moved, dirty);
            } else {
                outcome.copyBattery(baseline, b);
            }
        }
        int recomputed = 0;
        for (int q = 0; q < engaging.length; q++) {
            if (dirty[q]) {
                negations(outcome, q);
            }
            recomputed += dirty[q] || isChanged[q] ? 1 : 0;
        }
        outcome.recomputedRaids = new int[recomputed];
        for (int q = 0, k = 0; k < recomputed; q++) {
            if (dirty[q] || isChanged[q]) {
                outcome.recomputedRaids[k++] = q;
            }
        }
        return outcome;
    }

    /**
     * Raid q's engagements with the changes [from, until) applied: its engaging batteries and their shots, and the
     * batteries' planned totals; returns its earliest intercept now (NaN: none engages). A battery whose shots change is
     * affected; a battery taken away marks the raid when it fired at it.
     */
    private double replace(int q, int[] changedBatteries, Engagement[] to, int from, int until, int[][] newEngaging, int[][] newShots,
            int[] plannedTotal, boolean[] affected, boolean[] dirty) {
        // the changed batteries engage the raid: both lists ascend, walked side by side
        int[] batteriesOfRaid = engaging[q];
        int[] shotsOfRaid = shots[q];
        boolean earliestLost = false;
        int kept = 0;
        for (int n = 0, k = from; n < batteriesOfRaid.length; n++) {
            int b = batteriesOfRaid[n];
            int now = shotsOfRaid[n];
            if (k < until && changedBatteries[k] == b) {
                if (to[k].planned != now) {
                    // its shots may change: its negation is computed anew
                    affected[b] = true;
                    dirty[q] |= to[k].planned > 0 || baseline.fires(q, b, now);
                    plannedTotal[b] += missiles(q) * (to[k].planned - now);
                }
                now = to[k++].planned;
                earliestLost |= b == earliestBattery[q];
            }
            kept += now > 0 ? 1 : 0;
        }
        newEngaging[q] = new int[kept];
        newShots[q] = new int[kept];
        // lost: the earliest among all that engage now, each as changed or as it was; else the earliest stays unless a
        // changed engagement intercepts before it
        double first = earliestLost ? Double.NaN : earliest[q];
        for (int n = 0, k = from, m = 0; n < batteriesOfRaid.length; n++) {
            boolean changed = k < until && changedBatteries[k] == batteriesOfRaid[n];
            int now = changed ? to[k].planned : shotsOfRaid[n];
            if (now > 0) {
                newEngaging[q][m] = batteriesOfRaid[n];
                newShots[q][m++] = now;
                if (earliestLost) {
                    double at = changed ? to[k].firstInterceptS : firstIntercepts[q][n];
                    first = m == 1 || at < first ? at : first;
                } else if (changed && to[k].firstInterceptS < first) {
                    first = to[k].firstInterceptS;
                }
            }
            k += changed ? 1 : 0;
        }
        return first;
    }

    /**
     * The places of the moved raids (ascending, with their new earliest intercepts) in the new order: the baseline's order
     * with them taken out and put back where their new earliest intercepts place them. Of {@code moves} moved raids, the
     * one that comes n-th of them and before the baseline's k-th raid (the first after it that did not move, or the end)
     * has the place k * (moves + 1) + n; a raid that did not move keeps its rank times (moves + 1), plus moves. Fills
     * {@code inNewOrder} with the moved raids in the new order.
     */
    private long[] place(int[] movedAscending, double[] movedEarliest, int[] inNewOrder) {
        int moves = inNewOrder.length;
        // the moved raids' new scenario times, once each; the rest keep the baseline's
        double[] timeAt = new double[moves];
        Integer[] sorted = new Integer[moves];
        for (int i = 0; i < moves; i++) {
            timeAt[i] = scenarioTime(analysis.raids[movedAscending[i]].path(), movedEarliest[i]);
            sorted[i] = i;
        }
        Arrays.sort(sorted, (x, y) -> compareScenarioTimes(timeAt[x], movedAscending[x], timeAt[y], movedAscending[y]));
        long[] places = new long[moves];
        int lo = 0;
        for (int n = 0; n < moves; n++) {
            int at = sorted[n];
            int m = movedAscending[at];
            inNewOrder[n] = m;
            // the first of the baseline's order that comes after m: the order is sorted, the moved raids' old places in
            // it too, so the search need not skip them; it starts where the one before ended
            int hi = order.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (compareScenarioTimes(scenarioEarliest[order[mid]], order[mid], timeAt[at], m) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            places[at] = (long) lo * (moves + 1) + n;
        }
        return places;
    }

    private static int[] ranks(int[] order) {
        int[] rank = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            rank[order[k]] = k;
        }
        return rank;
    }

    private int missiles(int q) {
        return analysis.firstThreat[q + 1] - analysis.firstThreat[q];
    }

    /**
     * Battery b's inventory down its queue: each missile of a raid gets the planned shots while they last; the missile
     * where they run out gets what is left, the rest nothing.
     */
    private void runBattery(Outcome outcome, int b) {
        int remaining = interceptors[b];
        int dryRaid = -1;
        int dryMissile = 0;
        int dryShots = 0;
        int plannedTotal = 0;
        for (int k = 0; k < queue[b].length; k++) {
            int q = queue[b][k];
            int planned = queueShots[b][k];
            int missiles = missiles(q);
            plannedTotal += missiles * planned;
            if (dryRaid < 0) {
                int served = Math.min(missiles, remaining / planned);
                if (served == missiles) {
                    remaining -= missiles * planned;
                } else {
                    dryRaid = q;
                    dryMissile = served;
                    dryShots = remaining - served * planned;
                    remaining = 0;
                }
            }
        }
        outcome.setBattery(b, dryRaid, dryMissile, dryShots, plannedTotal - (interceptors[b] - remaining), plannedTotal);
    }

    /**
     * Battery b anew after a change: its queue without the moved raids keeps its order (with the shots as they are now),
     * and the moved raids that engage it ({@code inserted}, in the new order) are merged in. Marks in {@code dirty} the
     * raids whose shots from b change. Only the head of the queue is walked: past the raids where the battery runs dry
     * now and where it ran dry before, every missile gets nothing from it either way.
     */
    private void rerun(Outcome outcome, int b, int[] inserted, int plannedTotal, boolean[] isChanged, boolean[] moved, boolean[] dirty) {
        int before = baseline.dryRaid[b];
        int[] old = queue[b];
        int remaining = interceptors[b];
        int dryRaid = -1;
        int dryMissile = 0;
        int dryShots = 0;
        int k = 0;
        int i = 0;
        // never dry, now as before: every missile gets every planned shot (the raids whose shots changed are marked)
        boolean never = before < 0 && plannedTotal <= interceptors[b];
        while (!never) {
            while (k < old.length && moved[old[k]]) {
                k++;
            }
            int q;
            int planned;
            // the shots b planned against each of q's missiles in the baseline
            int plannedBefore;
            if (k < old.length && (i == inserted.length || outcome.place(old[k]) < outcome.place(inserted[i]))) {
                q = old[k];
                plannedBefore = queueShots[b][k];
                planned = isChanged[q] ? outcome.planned(q, b) : plannedBefore;
                k++;
                if (dryRaid >= 0 && before >= 0 && rank[q] > rank[before]) {
                    break;
                }
                if (planned == 0) {
                    continue;
                }
            } else if (i < inserted.length) {
                q = inserted[i++];
                planned = outcome.planned(q, b);
                plannedBefore = baseline.planned(q, b);
            } else {
                break;
            }
            int missiles = missiles(q);
            int served = dryRaid >= 0 ? 0 : Math.min(missiles, remaining / planned);
            int last = 0;
            if (dryRaid < 0 && served == missiles) {
                remaining -= missiles * planned;
            } else if (dryRaid < 0) {
                last = remaining - served * planned;
                dryRaid = q;
                dryMissile = served;
                dryShots = last;
                remaining = 0;
            }
            if (!dirty[q]) {
                dirty[q] = !sameShots(plannedBefore, baseline.served(q, b), baseline.lastShots(q, b), planned, served, last, missiles);
            }
        }
        if (never) {
            remaining = interceptors[b] - plannedTotal;
        } else {
            // the moved raids past the walked head get nothing now
            for (; i < inserted.length; i++) {
                dirty[inserted[i]] |= baseline.fires(inserted[i], b);
            }
        }
        outcome.setBattery(b, dryRaid, dryMissile, dryShots, plannedTotal - (interceptors[b] - remaining), plannedTotal);
    }

    /** Whether two allocations give each missile of a raid of {@code missiles} the same shots. */
    private static boolean sameShots(int planned1, int served1, int last1, int planned2, int served2, int last2, int missiles) {
        boolean none1 = planned1 == 0 || served1 == 0 && last1 == 0;
        boolean none2 = planned2 == 0 || served2 == 0 && last2 == 0;
        if (none1 || none2) {
            return none1 && none2;
        }
        return planned1 == planned2 && served1 == served2 && (served1 == missiles || last1 == last2);
    }

    /** Each missile's negation: 1 - the product of (1 - pk)^shots over the batteries that fire at it, in battery order. */
    private void negations(Outcome outcome, int q) {
        int[] batteriesOfRaid = outcome.engaging[q];
        int[] shotsOfRaid = outcome.shots[q];
        for (int t = analysis.firstThreat[q]; t < analysis.firstThreat[q + 1]; t++) {
            double survive = 1;
            for (int k = 0; k < batteriesOfRaid.length; k++) {
                int b = batteriesOfRaid[k];
                int n = outcome.allocated(q, t - analysis.firstThreat[q], b, shotsOfRaid[k]);
                // (1 - pk)^0 is exactly 1: batteries that do not fire leave the product as it is
                if (n > 0) {
                    survive *= survival[b][n];
                }
            }
            outcome.negation[t] = 1 - survive;
        }
    }

    /**
     * The negation of a raid's only missile, the raid alone against the batteries ({@link #negations} of an inventory of
     * it): each battery that engages it gives it its planned shots as far as its interceptors go.
     */
    static double loneMissileNegation(List<Battery> batteries, Engagement[] engagements) {
        double survive = 1;
        for (int b = 0; b < engagements.length; b++) {
            int n = Math.min(engagements[b].planned, batteries.get(b).interceptors());
            if (n > 0) {
                survive *= Math.pow(1 - batteries.get(b).type().pk(), n);
            }
        }
        return 1 - survive;
    }

    /** Where the first intercept comes first (the first of equals), or -1 when none engages. */
    private static int earliestOf(double[] firstInterceptsOfRaid) {
        int earliest = -1;
        for (int n = 0; n < firstInterceptsOfRaid.length; n++) {
            if (earliest < 0 || firstInterceptsOfRaid[n] < firstInterceptsOfRaid[earliest]) {
                earliest = n;
            }
        }
        return earliest;
    }

    /** The scenario time of a threat time (NaN: never). */
    private static double scenarioTime(ThreatPath path, double at) {
        return Double.isNaN(at) ? Double.NaN : path.scenarioTime(at);
    }

    /** Raids by the scenario time of their earliest intercept (NaN: never, last), then by index. */
    private static int compareScenarioTimes(double atX, int x, double atY, int y) {
        int c;
        if (Double.isNaN(atX) || Double.isNaN(atY)) {
            c = Double.isNaN(atX) ? (Double.isNaN(atY) ? 0 : 1) : -1;
        } else {
            c = atX < atY ? -1 : atY < atX ? 1 : 0;
        }
        return c != 0 ? c : Integer.compare(x, y);
    }

    /** The result of one evaluation: per threat and battery, the shots allocated; per threat, the negation. */
    static final class Outcome {

        private final Inventory inventory;
        private final int[][] engaging;
        private final int[][] shots;
        /**
         * The raids whose place in the order served moved (null: none), ascending, and their places; the others keep
         * their places as {@link #place} gives them.
         */
        private final boolean[] moved;
        private final int[] movedAscending;
        private final long[] movedPlaces;
        /** Per battery: the raid in which it ran dry (-1: never), the missile there that got less than planned, and its shots. */
        private final int[] dryRaid;
        private final int[] dryMissile;
        private final int[] dryShots;
        final double[] negation;
        final int[] shortfall;
        final int[] plannedTotal;
        /** The raids whose negations or engagements may differ from the baseline's (null: the baseline itself). */
        int[] recomputedRaids;

        private Outcome(Inventory inventory, int[][] engaging, int[][] shots, boolean[] moved, int[] movedAscending, long[] movedPlaces,
                double[] negation) {
            this.inventory = inventory;
            this.engaging = engaging;
            this.shots = shots;
            this.moved = moved;
            this.movedAscending = movedAscending;
            this.movedPlaces = movedPlaces;
            int batteries = inventory.batteries;
            this.dryRaid = new int[batteries];
            this.dryMissile = new int[batteries];
            this.dryShots = new int[batteries];
            this.negation = negation;
            this.shortfall = new int[batteries];
            this.plannedTotal = new int[batteries];
        }

        private void setBattery(int b, int raid, int missile, int n, int shortOf, int planned) {
            dryRaid[b] = raid;
            dryMissile[b] = missile;
            dryShots[b] = n;
            shortfall[b] = shortOf;
            plannedTotal[b] = planned;
        }

        private void copyBattery(Outcome from, int b) {
            setBattery(b, from.dryRaid[b], from.dryMissile[b], from.dryShots[b], from.shortfall[b], from.plannedTotal[b]);
        }

        /** Raid q's place in the order served: the lower, the earlier (places need not be consecutive). */
        private long place(int q) {
            int moves = movedAscending.length;
            if (moves == 0) {
                return inventory.rank[q];
            }
            return moved[q] ? movedPlaces[Arrays.binarySearch(movedAscending, q)] : (long) inventory.rank[q] * (moves + 1) + moves;
        }

        /** Whether any battery engages the raid's missiles (they share their engagements). */
        boolean engaged(int raid) {
            return engaging[raid].length > 0;
        }

        /** The interceptors allocated to all threats, without a threat report. */
        int interceptorsSpent() {
            int spent = 0;
            for (int t = 0; t < negation.length; t++) {
                for (int b : engaging[inventory.analysis.paths[t].raidIndex]) {
                    spent += allocated(t, b);
                }
            }
            return spent;
        }

        /** The batteries that allocate threat t interceptors ({@link #allocated(int, int)} above 0), ascending. */
        int[] allocating(int threat) {
            int q = inventory.analysis.paths[threat].raidIndex;
            int missile = threat - inventory.analysis.firstThreat[q];
            int[] batteriesOfRaid = engaging[q];
            int[] allocating = new int[batteriesOfRaid.length];
            int count = 0;
            for (int k = 0; k < batteriesOfRaid.length; k++) {
                if (allocated(q, missile, batteriesOfRaid[k], shots[q][k]) > 0) {
                    allocating[count++] = batteriesOfRaid[k];
                }
            }
            return Arrays.copyOf(allocating, count);
        }

        int allocated(int threat, int battery) {
            return allocated(threat, battery, planned(inventory.analysis.paths[threat].raidIndex, battery));
        }

        /** {@link #allocated(int, int)} of a battery that plans {@code planned} shots against each missile of the threat's raid. */
        int allocated(int threat, int battery, int planned) {
            int q = inventory.analysis.paths[threat].raidIndex;
            return allocated(q, threat - inventory.analysis.firstThreat[q], battery, planned);
        }

        /** The shots battery b gives a missile of raid q against which it plans {@code planned}. */
        private int allocated(int q, int missile, int b, int planned) {
            if (planned == 0) {
                return 0;
            }
            int served = served(q, b);
            return missile < served ? planned : missile == served ? lastShots(q, b) : 0;
        }

        /** The shots battery b plans against each missile of raid q. */
        private int planned(int q, int b) {
            int at = Arrays.binarySearch(engaging[q], b);
            return at < 0 ? 0 : shots[q][at];
        }

        /** How many missiles of raid q (from the first) get every shot battery b plans against them. */
        private int served(int q, int b) {
            int dry = dryRaid[b];
            if (dry < 0) {
                return inventory.missiles(q);
            }
            int c = Long.compare(place(q), place(dry));
            return c < 0 ? inventory.missiles(q) : c > 0 ? 0 : dryMissile[b];
        }

        /** The shots battery b gives the first missile of raid q that does not get all it plans (0 when none is short). */
        private int lastShots(int q, int b) {
            int dry = dryRaid[b];
            return dry == q ? dryShots[b] : 0;
        }

        /** Whether battery b fires at some missile of raid q. */
        private boolean fires(int q, int b) {
            return fires(q, b, planned(q, b));
        }

        /** {@link #fires(int, int)} where battery b plans {@code planned} shots against each missile of raid q. */
        private boolean fires(int q, int b, int planned) {
            return planned > 0 && (served(q, b) > 0 || lastShots(q, b) > 0);
        }
    }
}
