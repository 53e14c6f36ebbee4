package nl.ouderbetrokkenheid.portal.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An item as the API shows it.
 */
record ItemView(String id, String externalId, String slug, String type, String title, String summary, String body,
		String bodyHtml, List<String> partnerships, List<String> aspects, List<String> sectors, String region,
		String organisation, String author, List<LinkView> links, List<AttachmentView> attachments, String licence,
		String language, LocalDate publishedAt, Instant updatedAt, boolean published, boolean demo) {

	/** An attached file; {@code url} downloads it. */
	record AttachmentView(String id, String name, String contentType, long size, Integer pages, String url) {
	}

	record LinkView(String title, String url) {
	}

}
