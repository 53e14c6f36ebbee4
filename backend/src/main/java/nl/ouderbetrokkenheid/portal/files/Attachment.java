package nl.ouderbetrokkenheid.portal.files;

/**
 * An attached file as its owner lists it: its id, the name to show and download it by, its type and size in bytes,
 * and the number of pages of a PDF.
 */
public record Attachment(String id, String name, String contentType, long size, Integer pages) {
}
