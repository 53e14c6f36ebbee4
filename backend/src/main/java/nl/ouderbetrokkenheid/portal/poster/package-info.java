/**
 * The printable poster of the model: the five partnerships crossed with the six aspects and their 30 questions, on
 * one A3 landscape page in Dutch or English, drawn from the taxonomy so it always says what the portal says.
 */
package nl.ouderbetrokkenheid.portal.poster;
