/**
 * The ISOP label (Innovatie, School, Ouders, Partnerschap): a school contact registers a school and keeps its dossier
 * (one section per guideline, with evidence), editors assign an assessor, who plans visits, records findings and
 * decides; an awarded label is listed in the public register until its validity ends. See docs/isop.md.
 */
package nl.ouderbetrokkenheid.portal.isop;
