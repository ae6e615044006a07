package io.bulwark.core.report;

import java.util.List;

/** When a radar sees a threat and when it holds a track (null: never), scenario time. */
public record RadarTrack(String radar, List<Interval> visibility, Double trackTimeS) {

    public RadarTrack {
        visibility = List.copyOf(visibility);
    }
}
