/**
 * Immutable records of a municipality's safety plan, as a theme plugin contributes them:
 * theme catalogue → subject → goal → effect indicator → series (with baseline), and the actions under each goal.
 * <p>Free of UI and persistence types: the shell renders and stores, the model only describes the plan.
 */
package nl.veiligheidsagenda.core.model;
