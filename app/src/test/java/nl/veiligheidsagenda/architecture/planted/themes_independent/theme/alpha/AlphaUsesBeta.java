package nl.veiligheidsagenda.architecture.planted.themes_independent.theme.alpha;

import nl.veiligheidsagenda.architecture.planted.themes_independent.theme.beta.Beta;

/** Planted violation: theme alpha calls into theme beta. */
public final class AlphaUsesBeta {

    public String partner() {
        return Beta.id();
    }
}
