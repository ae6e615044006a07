package io.bulwark.core.footprint;

import java.util.List;

/**
 * The defended footprint of an asset against a missile type: the launch cells from which a lone
 * minimum-energy threat is negated to the asset's required level, with their area and share.
 */
public record Footprint(String asset, String missile, double ringStepKm, double bearingStepDeg, double reachKm,
        List<FootprintCell> cells, double negatedAreaKm2, double totalAreaKm2, double share) {

    public Footprint {
        cells = List.copyOf(cells);
    }
}
