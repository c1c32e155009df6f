package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.core.model.PublishedSource;

/**
 * One published source and what its numbers become: a theme's series or a denominator.
 *
 * @param origin who declares it: the theme's id and version, or "platform" for denominators
 * @param remark the declarer's remark, e.g. which codes are assumptions
 */
public record Mapping(Target target, PublishedSource source, String origin, String remark) {
}
