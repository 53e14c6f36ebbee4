package nl.ouderbetrokkenheid.portal.workflow;

import java.time.Instant;

import lombok.Data;

/**
 * The fields every kept submission has: the {@link WorkflowContent} as it was submitted the n-th time, so editors
 * see what changed. Id {@code <documentId>-<n>}, created once. A feature's version {@code @Document} adds the owner's
 * id and its own fields.
 */
@Data
public abstract class WorkflowVersion extends WorkflowContent {

	private int number;

	public static String idOf(String documentId, int number) {
		return documentId + "-" + number;
	}

	/** This version as a copy of the document's shared fields at its latest submission. */
	public void copy(WorkflowFields document, Instant now) {
		setId(idOf(document.getId(), document.getSubmissions()));
		setAuthorSubject(document.getAuthorSubject());
		setNumber(document.getSubmissions());
		setTitle(document.getTitle());
		setSummary(document.getSummary());
		setPartnerships(document.getPartnerships());
		setAspects(document.getAspects());
		setSectors(document.getSectors());
		setSubmittedAt(now);
	}

}
