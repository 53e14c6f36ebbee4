package nl.ouderbetrokkenheid.portal.files;

import java.util.Map;

/**
 * The kinds of file the portal accepts, each with the content type it is served as. Anything else (HTML, SVG,
 * scripts, archives, other office formats) is refused: a browser could run it, or nobody can read it.
 */
enum FileKind {

	PDF("application/pdf", true), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
	PNG("image/png", false), JPEG("image/jpeg", false), GIF("image/gif", false), WEBP("image/webp", false);

	/** What Tika's magic detection may answer for each kind; a DOCX is a ZIP until POI has opened it as a Word file. */
	private static final Map<String, FileKind> DETECTED = Map.of("application/pdf", PDF, "application/zip", DOCX,
			"application/x-tika-ooxml", DOCX, DOCX.contentType, DOCX, "image/png", PNG, "image/jpeg", JPEG,
			"image/gif", GIF, "image/webp", WEBP);

	final String contentType;

	final boolean hasText;

	FileKind(String contentType, boolean hasText) {
		this.contentType = contentType;
		this.hasText = hasText;
	}

	/** The kind for a detected content type, or null when the portal does not take it. */
	static FileKind detected(String contentType) {
		return DETECTED.get(contentType);
	}

}
