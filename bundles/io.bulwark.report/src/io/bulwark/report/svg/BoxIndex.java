package io.bulwark.report.svg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Boxes on a map ({x0, y0, x1, y1}), found through the cells of a grid they cover: a label's candidate place is
 * measured against the boxes near it rather than all of them (a theatre's map places thousands of labels). The
 * overlaps are summed in the order the boxes were added, as a scan of all of them sums them, so a placement does not
 * change by a bit.
 */
final class BoxIndex {

    private static final double CELL = 64;

    private final int columns;
    private final int rows;
    private final List<List<Integer>> cells;
    private final List<double[]> boxes = new ArrayList<>();
    /** Per box, the last query that met it (a box covers several cells). */
    private int[] met = new int[64];
    private int query;

    BoxIndex(double width, double height) {
        columns = Math.max(1, (int) Math.ceil(width / CELL));
        rows = Math.max(1, (int) Math.ceil(height / CELL));
        cells = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            cells.add(new ArrayList<>(2));
        }
    }

    void add(double[] box) {
        int index = boxes.size();
        boxes.add(box);
        if (index == met.length) {
            met = Arrays.copyOf(met, index * 2);
        }
        // boxes beyond the map go to its edge cells: the clamped cell ranges of two boxes that overlap still meet
        for (int row = row(box[1]); row <= row(box[3]); row++) {
            for (int column = column(box[0]); column <= column(box[2]); column++) {
                cells.get(row * columns + column).add(index);
            }
        }
    }

    /** The area the box shares with the boxes added (a box met twice counts once). */
    double overlap(double[] box) {
        query++;
        List<Integer> near = new ArrayList<>();
        for (int row = row(box[1]); row <= row(box[3]); row++) {
            for (int column = column(box[0]); column <= column(box[2]); column++) {
                for (int index : cells.get(row * columns + column)) {
                    if (met[index] != query) {
                        met[index] = query;
                        near.add(index);
                    }
                }
            }
        }
        near.sort(null);
        double total = 0;
        for (int index : near) {
            double[] t = boxes.get(index);
            double w = Math.min(box[2], t[2]) - Math.max(box[0], t[0]);
            double h = Math.min(box[3], t[3]) - Math.max(box[1], t[1]);
            if (w > 0 && h > 0) {
                total += w * h;
            }
        }
        return total;
    }

    private int column(double x) {
        return (int) Math.max(0, Math.min(columns - 1, Math.floor(x / CELL)));
    }

    private int row(double y) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor(y / CELL)));
    }
}
