package nl.ouderbetrokkenheid.portal.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.ouderbetrokkenheid.portal.system.Problems;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads the lines of an import file into item inputs: NDJSON, or CSV with a header row naming the same fields. A
 * line that cannot be read says where, with its line number.
 */
@Component
class ItemImportParser {

	/** A line: its input when it could be read, and what is wrong with it (nothing, for a good line). */
	record Line(long number, ItemInput input, List<Problems.FieldError> errors) {

		static Line good(long number, ItemInput input) {
			return new Line(number, input, List.of());
		}

		static Line bad(long number, String field, Problems.Code code, String message) {
			return new Line(number, null, List.of(new Problems.FieldError(field, code, message)));
		}

		boolean isGood() {
			return this.errors.isEmpty();
		}

	}

	private static final String MULTI_VALUE_SEPARATOR = "\\|";

	private static final Set<String> CSV_COLUMNS = Set.of("externalId", "type", "title", "summary", "body",
			"partnerships", "aspects", "sectors", "region", "organisation", "author", "licence", "language",
			"publishedAt", "published", "demo");

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	Line json(long number, String text) {
		try {
			return Line.good(number, this.json.readValue(text, ItemInput.class));
		}
		catch (JacksonException ex) {
			return Line.bad(number, jsonField(ex), Problems.Code.UNREADABLE, "cannot be read: " + shortMessage(ex));
		}
	}

	/** Every row of the file; a file that is no CSV at all is one bad line. */
	List<Line> csv(String content) {
		List<Line> lines = new ArrayList<>();
		try {
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true)
				.setTrim(true)
				.get();
			for (CSVRecord record : format.parse(new StringReader(content))) {
				lines.add(csv(record));
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			lines.add(Line.bad(1, "file", Problems.Code.UNREADABLE, "not valid CSV: " + ex.getMessage()));
		}
		return lines;
	}

	private static Line csv(CSVRecord record) {
		long number = record.getRecordNumber() + 1; // the header is line 1
		Map<String, String> row = record.toMap();
		for (String column : row.keySet()) {
			if (!CSV_COLUMNS.contains(column)) {
				return Line.bad(number, column, Problems.Code.UNKNOWN_FIELD, "is not a known column");
			}
		}
		LocalDate publishedAt;
		try {
			String date = row.get("publishedAt");
			publishedAt = (date == null || date.isBlank()) ? null : LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			return Line.bad(number, "publishedAt", Problems.Code.NOT_A_DATE, "is not a date (yyyy-mm-dd)");
		}
		ItemInput input = new ItemInput(blank(row.get("externalId")), blank(row.get("type")), blank(row.get("title")),
				blank(row.get("summary")), row.get("body"), list(row.get("partnerships")), list(row.get("aspects")),
				list(row.get("sectors")), blank(row.get("region")), blank(row.get("organisation")),
				blank(row.get("author")), List.of(), blank(row.get("licence")), blank(row.get("language")), publishedAt,
				bool(row.get("published")), bool(row.get("demo")));
		return Line.good(number, input);
	}

	private static String jsonField(JacksonException ex) {
		String path = ex.getPath()
			.stream()
			.map(ref -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."));
		return path.isEmpty() ? "line" : path.replace(".[", "[");
	}

	private static String shortMessage(JacksonException ex) {
		String message = ex.getOriginalMessage();
		int newline = (message != null) ? message.indexOf('\n') : -1;
		return (newline > 0) ? message.substring(0, newline) : String.valueOf(message);
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static List<String> list(String value) {
		return (value == null || value.isBlank()) ? List.of()
				: Arrays.stream(value.split(MULTI_VALUE_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static Boolean bool(String value) {
		return (value == null || value.isBlank()) ? null : Boolean.valueOf(value.strip());
	}

}
