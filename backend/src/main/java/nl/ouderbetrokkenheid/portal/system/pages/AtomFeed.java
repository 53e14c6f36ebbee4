package nl.ouderbetrokkenheid.portal.system.pages;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.ouderbetrokkenheid.portal.system.WebProperties;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Atom feeds (RFC 4287) of what is new, for feed readers and for sites that show the portal's news. Entries link to
 * the app's pages; the feed's id is its own address, so each filtered feed is a feed of its own.
 */
@Component
public class AtomFeed {

	/** The newest this many entries: a reader polls, it does not page back. */
	public static final int SIZE = 50;

	private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private final String base;

	AtomFeed(WebProperties web) {
		this.base = web.publicBase();
	}

	/** One entry: the page's path, title, summary (plain text), when it last changed, and by whom (may be null). */
	public record Entry(String path, String title, String summary, Instant updated, String author) {
	}

	/** The feed at {@code self} (path and query) with these entries, newest first. */
	public ResponseEntity<String> write(String self, String title, List<Entry> entries) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
			xml.writeAttribute("xml:lang", "nl");
			text(xml, "id", this.base + self);
			text(xml, "title", title + " | " + PageHeads.SITE);
			Instant updated = entries.stream().map(Entry::updated).filter(at -> at != null).max(Instant::compareTo)
				.orElse(Instant.EPOCH);
			text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
			link(xml, "self", this.base + self);
			link(xml, "alternate", this.base + "/");
			xml.writeStartElement("author");
			text(xml, "name", PageHeads.SITE);
			xml.writeEndElement();
			for (Entry entry : entries) {
				xml.writeStartElement("entry");
				text(xml, "id", this.base + entry.path());
				text(xml, "title", entry.title());
				link(xml, "alternate", this.base + entry.path());
				text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(
						(entry.updated() != null) ? entry.updated() : Instant.EPOCH));
				if (entry.author() != null) {
					xml.writeStartElement("author");
					text(xml, "name", entry.author());
					xml.writeEndElement();
				}
				if (entry.summary() != null) {
					text(xml, "summary", entry.summary());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)))
			.body(out.toString());
	}

	private static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

}
