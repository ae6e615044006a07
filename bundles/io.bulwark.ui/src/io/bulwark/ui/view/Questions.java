package io.bulwark.ui.view;

import java.math.BigDecimal;
import java.util.List;

import io.bulwark.dsl.edits.ScenarioEdits.NewSite;
import io.bulwark.dsl.edits.ScenarioEdits.RadarRole;

/**
 * What the map and the architecture diagram ask the user before an edit. Each answer is null when the user cancels.
 * The view asks through dialogs ({@link Dialogs}); tests answer instead.
 */
public interface Questions {

    /** A new radar, battery or asset: its name (blank for a fresh one), type, owner and a battery's interceptors. */
    record NewSiteAnswer(String name, String type, String owner, int interceptors) {
    }

    /** A new agreement's direction and latency in seconds (null: none). */
    record AgreementAnswer(boolean mutual, BigDecimal latencySeconds) {
    }

    /** The asset and missile type of a defended footprint. */
    record FootprintAnswer(String asset, String missile) {
    }

    NewSiteAnswer newSite(NewSite kind, List<String> types, List<String> forces);

    AgreementAnswer agreement(String from, String to);

    RadarRole role(String radar, String battery);

    FootprintAnswer footprint(List<String> assets, List<String> missiles);

    /** An edit that could not be made, and why. */
    void refused(String what, String why);
}
