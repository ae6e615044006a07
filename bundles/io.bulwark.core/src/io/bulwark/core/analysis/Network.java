package io.bulwark.core.analysis;

import java.util.Arrays;
import java.util.List;

import io.bulwark.core.scenario.Agreement;
import io.bulwark.core.scenario.Force;
import io.bulwark.core.scenario.Scenario;

/** The sensor-to-shooter network: smallest total latency of a track from one force to another. */
final class Network {

    private final List<String> forces;
    private final double[][] latency;

    Network(Scenario scenario) {
        this.forces = scenario.forces().stream().map(Force::name).toList();
        int n = forces.size();
        double[][] direct = new double[n][n];
        for (double[] row : direct) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (Agreement a : scenario.agreements()) {
            int from = forces.indexOf(a.fromForce());
            int to = forces.indexOf(a.toForce());
            direct[from][to] = Math.min(direct[from][to], a.latencyS());
            if (a.mutual()) {
                direct[to][from] = Math.min(direct[to][from], a.latencyS());
            }
        }
        latency = new double[n][];
        for (int source = 0; source < n; source++) {
            latency[source] = dijkstra(direct, source);
        }
    }

    private static double[] dijkstra(double[][] direct, int source) {
        int n = direct.length;
        double[] best = new double[n];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[source] = 0;
        boolean[] done = new boolean[n];
        for (int step = 0; step < n; step++) {
            int u = -1;
            for (int v = 0; v < n; v++) {
                if (!done[v] && (u < 0 || best[v] < best[u])) {
                    u = v;
                }
            }
            if (u < 0 || best[u] == Double.POSITIVE_INFINITY) {
                break;
            }
            done[u] = true;
            for (int v = 0; v < n; v++) {
                if (best[u] + direct[u][v] < best[v]) {
                    best[v] = best[u] + direct[u][v];
                }
            }
        }
        return best;
    }

    int indexOf(String force) {
        return forces.indexOf(force);
    }

    /** Latency (s) of a track from force {@code from} to force {@code to}; 0 within a force; infinity without a path. */
    double latency(int from, int to) {
        return latency[from][to];
    }
}
