package nl.ouderbetrokkenheid.portal.workflow;

import java.time.Instant;

import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.PortalException;

import reactor.core.publisher.Mono;

/**
 * What differs between kinds of writing in the workflow (articles, members' contributions): where the documents are,
 * who may see one, what a submission needs, what a kept version holds, and how it enters and leaves the catalogue.
 * A feature implements it for its own documents; {@link WorkflowSteps} does the steps, edits and files with it.
 *
 * @param <D> the feature's document
 * @param <V> the feature's kept version of a submission
 */
public interface Desk<D extends WorkflowFields, V extends WorkflowVersion> {

	/** Names the writing in problem slugs and details, file owners and mail keys: {@code article}, {@code contribution}. */
	String kind();

	/** The document with this id, empty when there is none. */
	Mono<D> find(String id);

	/** The 404 for a document that is not there or not shown to the caller. */
	PortalException notFound();

	/** Whether the caller may see the document and ask for a step on it (others get {@link #notFound()}). */
	boolean readable(D document, PortalUser caller);

	/** 400 naming each field a submission still lacks. */
	void requireComplete(D document);

	/** A copy of the content as it is submitted now, kept for the editors' diff. */
	V version(D document, Instant now);

	/** The kept n-th submission, empty when it was not kept. */
	Mono<V> version(String id, int number);

	/** A kept version as the text editors compare: every field a reader sees. */
	String text(V version);

	/** Puts the published document into the catalogue; answers the catalogue entry's slug. */
	Mono<String> intoCatalogue(D document);

	/** Takes the document out of the catalogue again. */
	Mono<Void> outOfCatalogue(D document);

	/** Notes the catalogue entry on the document, once it is in the catalogue. */
	default void listed(D document, String catalogueSlug) {
		document.setCatalogueSlug(catalogueSlug);
	}

	/** Forgets the catalogue entry on the document when it is unpublished; by default the slug stays for its return. */
	default void unlisted(D document) {
	}

	/** Tells whoever must act next about the last step ({@link WorkflowMails}). */
	Mono<Void> announce(D document);

}
