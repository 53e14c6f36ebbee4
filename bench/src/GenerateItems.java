import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code bin/generate-items N [seed] > items.ndjson}: N synthetic items in the portal's NDJSON import format.
 */
public class GenerateItems {

	public static void main(String[] args) throws Exception {
		if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
			System.err.println("usage: bin/generate-items N [seed] > items.ndjson");
			System.exit(2);
		}
		long n = Long.parseLong(args[0].replace("_", ""));
		long seed = (args.length > 1) ? Long.parseLong(args[1]) : 1;
		ItemGenerator generator = new ItemGenerator(seed);
		try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
			for (long i = 0; i < n; i++) {
				out.write(generator.line(i));
				out.write('\n');
			}
		}
	}

}
