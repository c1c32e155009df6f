/**
 * Pure evaluation rules: yearly figures ({@link nl.veiligheidsagenda.core.evaluation.Measurement}) are compared with
 * the plan's baselines, series results are combined into an indicator result and indicator results into a goal
 * status, each with a one-line explanation a council member understands (Dutch by default, English on request).
 * <p>Everything here is side-effect free: "today" and the reporting year are inputs, so tests are deterministic.
 * Entry point: {@link nl.veiligheidsagenda.core.evaluation.GoalEvaluator}.
 */
package nl.veiligheidsagenda.core.evaluation;
