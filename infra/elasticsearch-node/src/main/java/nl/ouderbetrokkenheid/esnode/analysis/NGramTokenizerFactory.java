package nl.ouderbetrokkenheid.esnode.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

/**
 * {@code edge_ngram} and {@code ngram} tokenizers. Settings: {@code min_gram} (1), {@code max_gram} (2),
 * {@code token_chars} (letter, digit, whitespace, punctuation, symbol, custom; empty keeps every character) and
 * {@code custom_token_chars}.
 */
class NGramTokenizerFactory extends AbstractTokenizerFactory {

	private final NGrams grams;

	private final IntPredicate tokenChar;

	NGramTokenizerFactory(IndexSettings indexSettings, String name, Settings settings, boolean edge) {
		super(name);
		this.grams = NGrams.read(indexSettings, settings, edge, "NGram Tokenizer");
		this.tokenChar = tokenChars(settings.getAsList("token_chars"), settings.get("custom_token_chars", ""));
	}

	@Override
	public Tokenizer create() {
		if (this.tokenChar == null) {
			return this.grams.edge() ? new EdgeNGramTokenizer(this.grams.min(), this.grams.max())
					: new NGramTokenizer(this.grams.min(), this.grams.max());
		}
		if (this.grams.edge()) {
			return new EdgeNGramTokenizer(this.grams.min(), this.grams.max()) {
				@Override
				protected boolean isTokenChar(int chr) {
					return NGramTokenizerFactory.this.tokenChar.test(chr);
				}
			};
		}
		return new NGramTokenizer(this.grams.min(), this.grams.max()) {
			@Override
			protected boolean isTokenChar(int chr) {
				return NGramTokenizerFactory.this.tokenChar.test(chr);
			}
		};
	}

	/** @return which characters belong to a token, or {@code null} for all of them */
	static IntPredicate tokenChars(List<String> classes, String customChars) {
		IntPredicate result = null;
		for (String tokenClass : classes) {
			IntPredicate matcher = switch (tokenClass.toLowerCase(Locale.ROOT).strip()) {
				case "letter" -> Character::isLetter;
				case "digit" -> Character::isDigit;
				case "whitespace" -> Character::isWhitespace;
				case "punctuation" -> (chr) -> switch (Character.getType(chr)) {
					case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
							Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
							Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION ->
						true;
					default -> false;
				};
				case "symbol" -> (chr) -> switch (Character.getType(chr)) {
					case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
							Character.OTHER_SYMBOL ->
						true;
					default -> false;
				};
				case "custom" -> {
					if (customChars.isEmpty()) {
						throw new IllegalArgumentException("Token type: 'custom' requires setting `custom_token_chars`");
					}
					yield (chr) -> customChars.codePoints().anyMatch((custom) -> custom == chr);
				}
				default -> throw new IllegalArgumentException("Unknown token type: '" + tokenClass
						+ "', must be one of [symbol, custom, digit, whitespace, letter, punctuation]");
			};
			result = (result != null) ? result.or(matcher) : matcher;
		}
		return result;
	}

}
