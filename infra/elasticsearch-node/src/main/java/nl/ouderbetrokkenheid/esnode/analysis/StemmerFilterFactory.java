package nl.ouderbetrokkenheid.esnode.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * {@code stemmer} with {@code language} (or {@code name}), default porter. The names are analysis-common's; both
 * {@code light_english} and {@code lightEnglish} spellings are accepted, as there.
 */
class StemmerFilterFactory extends AbstractTokenFilterFactory {

	/** Keys are lower case without underscores. */
	private static final Map<String, UnaryOperator<TokenStream>> STEMMERS = Map.ofEntries(
			Map.entry("dutch", (stream) -> new SnowballFilter(stream, new DutchStemmer())),
			Map.entry("english", PorterStemFilter::new), Map.entry("porter", PorterStemFilter::new),
			Map.entry("porter2", (stream) -> new SnowballFilter(stream, new EnglishStemmer())),
			Map.entry("lightenglish", KStemFilter::new), Map.entry("kstem", KStemFilter::new),
			Map.entry("minimalenglish", EnglishMinimalStemFilter::new),
			Map.entry("possessiveenglish", EnglishPossessiveFilter::new),
			Map.entry("german", snowball("German")), Map.entry("lightgerman", GermanLightStemFilter::new),
			Map.entry("minimalgerman", GermanMinimalStemFilter::new), Map.entry("french", snowball("French")),
			Map.entry("lightfrench", FrenchLightStemFilter::new), Map.entry("minimalfrench", FrenchMinimalStemFilter::new),
			Map.entry("spanish", snowball("Spanish")), Map.entry("lightspanish", SpanishLightStemFilter::new),
			Map.entry("italian", snowball("Italian")), Map.entry("lightitalian", ItalianLightStemFilter::new),
			Map.entry("portuguese", snowball("Portuguese")),
			Map.entry("lightportuguese", PortugueseLightStemFilter::new), Map.entry("danish", snowball("Danish")),
			Map.entry("norwegian", snowball("Norwegian")), Map.entry("swedish", snowball("Swedish")),
			Map.entry("lightswedish", SwedishLightStemFilter::new), Map.entry("finnish", snowball("Finnish")),
			Map.entry("russian", snowball("Russian")), Map.entry("turkish", snowball("Turkish")));

	private final UnaryOperator<TokenStream> stemmer;

	StemmerFilterFactory(String name, Settings settings) {
		super(name);
		String language = settings.get("language", settings.get("name", "porter"));
		String key = language.toLowerCase(Locale.ROOT).replace("_", "");
		if (key.equals("dutchkp") || key.equals("kp") || key.equals("lovins")) {
			// Stock Elasticsearch 9 accepts these but, since Lucene 10 dropped them, silently removes every token.
			throw new IllegalArgumentException("The [" + language + "] stemmer no longer exists in Lucene 10 (stock "
					+ "Elasticsearch 9 drops all tokens with it); use [dutch] or [english]");
		}
		this.stemmer = STEMMERS.get(key);
		if (this.stemmer == null) {
			throw new IllegalArgumentException("Unknown stemmer language [" + language + "], known are " + STEMMERS.keySet());
		}
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return this.stemmer.apply(tokenStream);
	}

	static UnaryOperator<TokenStream> snowball(String language) {
		return (stream) -> new SnowballFilter(stream, language);
	}

}
