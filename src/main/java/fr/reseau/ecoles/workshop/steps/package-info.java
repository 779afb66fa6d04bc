/**
 * The delegates and task listeners of process {@code workshop-day}, one {@code @Component} each,
 * named as the BPMN file names them: each maps its form's variables to a call of a service of
 * {@code fr.reseau.ecoles.workshop} and back. Depends on the root package, never the reverse.
 */
package fr.reseau.ecoles.workshop.steps;
