/** Checks a theme's catalogue against the text of the plan it claims to reproduce. */
package nl.veiligheidsagenda.core.verify;
