package nl.ouderbetrokkenheid.portal.system.pages;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A feature's public pages, as the app shows them at {@code prefix + key}: what each says about itself (for search
 * engines and link previews) and which there are (for the sitemap). Features implement this; the portal serves the
 * heads, the sitemap and robots.txt from it.
 */
public interface PublicPages {

	/** Addresses per sitemap page (the protocol allows 50,000; smaller pages stay quick to build). */
	int SITEMAP_PAGE_SIZE = 10_000;

	/** The app's path before the key, e.g. {@code /items/}. */
	String prefix();

	/** The head of the public page with this key; empty when there is no such public page. */
	Mono<PageHead> head(String key);

	/**
	 * Every public page, for a feature whose pages fit one sitemap page (articles, events, experts: hundreds, not
	 * hundreds of thousands); such a feature need not page its sitemap itself.
	 */
	default Flux<Location> all() {
		return Flux.empty();
	}

	/** How many sitemap pages of {@link #SITEMAP_PAGE_SIZE} addresses this feature needs. */
	default Mono<Integer> sitemapPages() {
		return all().hasElements().map(any -> any ? 1 : 0);
	}

	/** One sitemap page of this feature's public pages (counted from 0). */
	default Flux<Location> sitemap(int page) {
		return (page == 0) ? all().take(SITEMAP_PAGE_SIZE) : Flux.empty();
	}

	/** A public page's path and when it last changed (null when unknown). */
	record Location(String path, Instant changed) {
	}

}
