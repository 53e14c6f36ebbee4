package nl.ouderbetrokkenheid.esnode.analysis;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Keeps only the first occurrence of each term in the stream (Lucene has no such filter; analysis-common has its own). */
final class UniqueTokenFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final CharArraySet seen = new CharArraySet(8, false);

	UniqueTokenFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		while (this.input.incrementToken()) {
			if (!this.seen.contains(this.term.buffer(), 0, this.term.length())) {
				this.seen.add(Arrays.copyOf(this.term.buffer(), this.term.length()));
				return true;
			}
		}
		return false;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.seen.clear();
	}

}
