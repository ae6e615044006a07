package io.bulwark.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The report's computations: the Pareto front against the definition, nearest-rank percentiles. */
class StudyReportTest {

    @Test
    void theParetoFrontOf2000SeededPointsIsTheDefinitionsSeed11() {
        SplittableRandom random = new SplittableRandom(11);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            // few distinct values, so that ties (equal x, equal y, equal points) are common
            points.add(new double[] { random.nextInt(30), random.nextInt(30), i });
        }
        List<Long> expected = new ArrayList<>();
        for (double[] p : points) {
            boolean dominated = points.stream().anyMatch(q -> q[0] >= p[0] && q[1] >= p[1] && (q[0] > p[0] || q[1] > p[1]));
            if (!dominated) {
                expected.add((long) p[2]);
            }
        }
        assertEquals(expected, StudyReport.front(points).stream().map(p -> (long) p[2]).toList());
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        assertEquals(1, StudyReport.percentile(sorted, 0.05));
        assertEquals(5, StudyReport.percentile(sorted, 0.5));
        assertEquals(10, StudyReport.percentile(sorted, 0.95));
    }
}
