package nl.ouderbetrokkenheid.portal.system.pages;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.ouderbetrokkenheid.portal.system.WebProperties;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What search engines read first: {@code robots.txt}, and the sitemap as an index of pages of at most
 * {@link PublicPages#SITEMAP_PAGE_SIZE} addresses, one set of pages per
 * feature plus one for the app's fixed pages.
 */
@RestController
class Sitemap {

	/** The app's pages that are there for everyone, whatever the content. */
	private static final List<String> FIXED = List.of("/", "/zoeken", "/bijeenkomsten", "/experts", "/isop", "/over");

	private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, java.nio.charset.StandardCharsets.UTF_8);

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private final List<PublicPages> features;

	private final String base;

	Sitemap(List<PublicPages> features, WebProperties web) {
		this.features = features;
		this.base = web.publicBase();
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Disallow: /api/
				Disallow: /oauth2/
				Disallow: /login
				Disallow: /logout
				Disallow: /redactie
				Disallow: /beheer
				Disallow: /profiel
				Disallow: /mijn-
				Disallow: /organisator

				Sitemap: %s/sitemap.xml
				""".formatted(this.base);
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1))).body(robots);
	}

	@GetMapping("/sitemap.xml")
	Mono<ResponseEntity<String>> index() {
		return Flux.fromIterable(this.features)
			.concatMap(feature -> feature.sitemapPages()
				.flatMapMany(pages -> Flux.range(1, pages).map(page -> name(feature) + "-" + page)))
			.collectList()
			.map(names -> xml(writer -> {
				writer.writeStartElement("sitemapindex");
				writer.writeDefaultNamespace(NS);
				sitemapEntry(writer, "pages");
				for (String name : names) {
					sitemapEntry(writer, name);
				}
				writer.writeEndElement();
			}));
	}

	@GetMapping("/sitemaps/{name}.xml")
	Mono<ResponseEntity<String>> page(@PathVariable String name) {
		if (name.equals("pages")) {
			return Mono.just(urls(FIXED.stream().map(path -> new PublicPages.Location(path, null)).toList()));
		}
		int dash = name.lastIndexOf('-');
		int page = (dash > 0 && name.substring(dash + 1).matches("[1-9][0-9]{0,5}"))
				? Integer.parseInt(name.substring(dash + 1)) : -1;
		return Flux.fromIterable(this.features)
			.filter(feature -> page > 0 && name(feature).equals(name.substring(0, dash)))
			.next()
			.flatMap(feature -> feature.sitemap(page - 1).collectList())
			.filter(locations -> !locations.isEmpty())
			.map(this::urls)
			.defaultIfEmpty(ResponseEntity.notFound().build());
	}

	private ResponseEntity<String> urls(List<PublicPages.Location> locations) {
		return xml(writer -> {
			writer.writeStartElement("urlset");
			writer.writeDefaultNamespace(NS);
			for (PublicPages.Location location : locations) {
				writer.writeStartElement("url");
				element(writer, "loc", this.base + location.path());
				if (location.changed() != null) {
					element(writer, "lastmod", DateTimeFormatter.ISO_INSTANT.format(location.changed()));
				}
				writer.writeEndElement();
			}
			writer.writeEndElement();
		});
	}

	private void sitemapEntry(XMLStreamWriter writer, String name) throws XMLStreamException {
		writer.writeStartElement("sitemap");
		element(writer, "loc", this.base + "/sitemaps/" + name + ".xml");
		writer.writeEndElement();
	}

	private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
		writer.writeStartElement(name);
		writer.writeCharacters(text);
		writer.writeEndElement();
	}

	/** The feature's name in sitemap addresses: its prefix without slashes, e.g. {@code items}. */
	private static String name(PublicPages feature) {
		return feature.prefix().replace("/", "");
	}

	private interface Body {

		void write(XMLStreamWriter writer) throws XMLStreamException;

	}

	private static ResponseEntity<String> xml(Body body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out);
			writer.writeStartDocument("UTF-8", "1.0");
			body.write(writer);
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
			.body(out.toString());
	}

}
