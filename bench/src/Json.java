import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the benchmark, with JDK classes only: objects become {@code LinkedHashMap}, arrays
 * {@code ArrayList}, numbers {@code Long} or {@code Double}.
 */
final class Json {

	private final String text;

	private int pos;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		Json json = new Json(text);
		json.ws();
		Object value = json.value();
		json.ws();
		if (json.pos != text.length()) {
			throw json.error("trailing characters");
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(String text) {
		return (Map<String, Object>) parse(text);
	}

	/** Follows a path of keys (String) and indexes (Integer); null when any step is missing. */
	@SuppressWarnings("unchecked")
	static Object at(Object root, Object... path) {
		Object current = root;
		for (Object step : path) {
			if (current instanceof Map<?, ?> map && step instanceof String key) {
				current = ((Map<String, Object>) map).get(key);
			}
			else if (current instanceof List<?> list && step instanceof Integer index) {
				current = (index < list.size()) ? list.get(index) : null;
			}
			else {
				return null;
			}
		}
		return current;
	}

	/** A copy of parsed JSON that can be changed without touching the original. */
	static Object deepCopy(Object value) {
		return parse(write(value));
	}

	static long number(Object root, Object... path) {
		Object value = at(root, path);
		return (value instanceof Number n) ? n.longValue() : -1;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object root, Object... path) {
		Object value = at(root, path);
		return (value instanceof List<?> l) ? (List<Object>) l : List.of();
	}

	// ---- writing ---------------------------------------------------------------------------------------------------

	static String write(Object value) {
		StringBuilder sb = new StringBuilder();
		write(sb, value);
		return sb.toString();
	}

	static void write(StringBuilder sb, Object value) {
		if (value == null) {
			sb.append("null");
		}
		else if (value instanceof String s) {
			sb.append(quote(s));
		}
		else if (value instanceof Number || value instanceof Boolean) {
			if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
				sb.append("null");
			}
			else {
				sb.append(value);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			sb.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				sb.append(first ? "" : ",").append(quote(String.valueOf(e.getKey()))).append(':');
				write(sb, e.getValue());
				first = false;
			}
			sb.append('}');
		}
		else if (value instanceof List<?> list) {
			sb.append('[');
			for (int i = 0; i < list.size(); i++) {
				sb.append((i > 0) ? "," : "");
				write(sb, list.get(i));
			}
			sb.append(']');
		}
		else {
			throw new IllegalArgumentException("cannot write " + value.getClass());
		}
	}

	/** Pretty-printed, two spaces, for result files people read. */
	static String pretty(Object value) {
		StringBuilder sb = new StringBuilder();
		pretty(sb, value, "");
		return sb.append('\n').toString();
	}

	private static void pretty(StringBuilder sb, Object value, String indent) {
		if (value instanceof Map<?, ?> map && !map.isEmpty()) {
			sb.append("{\n");
			int i = 0;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				sb.append(indent).append("  ").append(quote(String.valueOf(e.getKey()))).append(": ");
				pretty(sb, e.getValue(), indent + "  ");
				sb.append((++i < map.size()) ? ",\n" : "\n");
			}
			sb.append(indent).append('}');
		}
		else if (value instanceof List<?> list && !list.isEmpty() && !(list.getFirst() instanceof Number)
				&& !(list.getFirst() instanceof String)) {
			sb.append("[\n");
			for (int i = 0; i < list.size(); i++) {
				sb.append(indent).append("  ");
				pretty(sb, list.get(i), indent + "  ");
				sb.append((i < list.size() - 1) ? ",\n" : "\n");
			}
			sb.append(indent).append(']');
		}
		else {
			write(sb, value);
		}
	}

	static String quote(String s) {
		StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				case '\t' -> sb.append("\\t");
				default -> {
					if (c < 0x20) {
						sb.append(String.format("\\u%04x", (int) c));
					}
					else {
						sb.append(c);
					}
				}
			}
		}
		return sb.append('"').toString();
	}

	// ---- parsing ---------------------------------------------------------------------------------------------------

	private Object value() {
		char c = peek();
		return switch (c) {
			case '{' -> obj();
			case '[' -> arr();
			case '"' -> str();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> num();
		};
	}

	private Map<String, Object> obj() {
		Map<String, Object> map = new LinkedHashMap<>();
		elements('}', () -> {
			String key = str();
			ws();
			expect(':');
			ws();
			map.put(key, value());
		});
		return map;
	}

	private List<Object> arr() {
		List<Object> list = new ArrayList<>();
		elements(']', () -> list.add(value()));
		return list;
	}

	/** Reads the comma-separated elements from the opening bracket at {@code pos} through {@code close}. */
	private void elements(char close, Runnable element) {
		this.pos++;
		ws();
		if (peek() == close) {
			this.pos++;
			return;
		}
		while (true) {
			ws();
			element.run();
			ws();
			char c = next();
			if (c == close) {
				return;
			}
			if (c != ',') {
				throw error("expected , or " + close);
			}
		}
	}

	private String str() {
		expect('"');
		StringBuilder sb = null;
		int start = this.pos;
		while (true) {
			char c = this.text.charAt(this.pos++);
			if (c == '"') {
				return (sb == null) ? this.text.substring(start, this.pos - 1) : sb.toString();
			}
			if (c == '\\') {
				if (sb == null) {
					sb = new StringBuilder(this.text.substring(start, this.pos - 1));
				}
				char e = this.text.charAt(this.pos++);
				switch (e) {
					case 'n' -> sb.append('\n');
					case 't' -> sb.append('\t');
					case 'r' -> sb.append('\r');
					case 'b' -> sb.append('\b');
					case 'f' -> sb.append('\f');
					case 'u' -> {
						sb.append((char) Integer.parseInt(this.text.substring(this.pos, this.pos + 4), 16));
						this.pos += 4;
					}
					default -> sb.append(e);
				}
			}
			else if (sb != null) {
				sb.append(c);
			}
		}
	}

	private Object num() {
		int start = this.pos;
		while (this.pos < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.pos)) >= 0) {
			this.pos++;
		}
		String n = this.text.substring(start, this.pos);
		if (n.isEmpty()) {
			throw error("unexpected character");
		}
		if (n.contains(".") || n.contains("e") || n.contains("E")) {
			return Double.parseDouble(n);
		}
		return Long.parseLong(n);
	}

	private Object literal(String word, Object value) {
		if (!this.text.startsWith(word, this.pos)) {
			throw error("unexpected literal");
		}
		this.pos += word.length();
		return value;
	}

	private void ws() {
		while (this.pos < this.text.length() && Character.isWhitespace(this.text.charAt(this.pos))) {
			this.pos++;
		}
	}

	private char peek() {
		if (this.pos >= this.text.length()) {
			throw error("unexpected end");
		}
		return this.text.charAt(this.pos);
	}

	private char next() {
		char c = peek();
		this.pos++;
		return c;
	}

	private void expect(char c) {
		if (next() != c) {
			throw error("expected " + c);
		}
	}

	private IllegalArgumentException error(String message) {
		int from = Math.max(0, this.pos - 40);
		return new IllegalArgumentException("JSON: " + message + " at " + this.pos + " near '"
				+ this.text.substring(from, Math.min(this.text.length(), this.pos + 40)) + "'");
	}

}
