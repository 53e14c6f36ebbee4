package nl.ouderbetrokkenheid.esnode;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line: Elasticsearch settings as {@code -Ekey=value}, like Elasticsearch's own launcher, plus a few options
 * of this program. Pure Java on purpose: it runs before any Elasticsearch class may be loaded.
 *
 * @param settings the node settings, defaults included
 * @param readyFile where to announce readiness, if anywhere
 * @param exitWithParent whether to stop when the process that started this one ends
 * @param help whether only the usage was asked for
 */
record NodeArguments(Map<String, String> settings, Optional<Path> readyFile, boolean exitWithParent, boolean help) {

	static final String USAGE = """
			Usage: elasticsearch-node [-Ekey=value]... [--ready-file=PATH] [--exit-with-parent]

			  -Ekey=value         any Elasticsearch node setting, e.g. -Ehttp.port=0 -Epath.data=/tmp/es
			  --ready-file=PATH   once the cluster is at least yellow, write {"http":..,"transport":..,"pid":..,"node":..}
			                      to PATH (atomically) and print "READY <http url>"; deleted again on shutdown
			  --exit-with-parent  stop the node when the process that started it ends
			  --help              print this text

			Defaults: network.host=127.0.0.1 http.port=9200 transport.port=9300 path.data=./data
			cluster.name=kennisportaal, and discovery.type=single-node unless discovery settings are given.
			Port 0 means any free port.
			""";

	/** Applied unless given on the command line. */
	static final Map<String, String> DEFAULTS = Map.of(
			"network.host", "127.0.0.1",
			"http.port", "9200",
			"transport.port", "9300",
			"path.data", "data",
			"cluster.name", "kennisportaal",
			// A development machine's nearly full disk would otherwise silently stop shard allocation.
			"cluster.routing.allocation.disk.threshold_enabled", "false");

	/** Any of these means the node takes part in a multi-node cluster. */
	private static final List<String> DISCOVERY_SETTINGS = List.of("discovery.type", "discovery.seed_hosts",
			"discovery.seed_providers", "cluster.initial_master_nodes");

	/** Settings holding a path, resolved against the working directory as Elasticsearch does. */
	private static final List<String> PATH_SETTINGS = List.of("path.data", "path.home", "path.logs", "path.repo");

	static NodeArguments parse(String... args) {
		Map<String, String> given = new LinkedHashMap<>();
		Path readyFile = null;
		boolean exitWithParent = false;
		boolean help = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("-E")) {
				if (i + 1 == args.length) {
					throw new IllegalArgumentException("-E needs a key=value after it");
				}
				putSetting(given, args[++i]);
			}
			else if (arg.startsWith("-E")) {
				putSetting(given, arg.substring(2));
			}
			else if (arg.startsWith("--ready-file=")) {
				readyFile = Path.of(arg.substring("--ready-file=".length())).toAbsolutePath();
			}
			else if (arg.equals("--exit-with-parent")) {
				exitWithParent = true;
			}
			else if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
			}
			else {
				throw new IllegalArgumentException("Unknown argument [" + arg + "]");
			}
		}
		return new NodeArguments(withDefaults(given), Optional.ofNullable(readyFile), exitWithParent, help);
	}

	private static void putSetting(Map<String, String> settings, String keyValue) {
		int equals = keyValue.indexOf('=');
		if (equals <= 0) {
			throw new IllegalArgumentException("Setting [" + keyValue + "] must be of the form -Ekey=value");
		}
		String key = keyValue.substring(0, equals).trim();
		String value = keyValue.substring(equals + 1);
		String previous = settings.putIfAbsent(key, value);
		if (previous != null) {
			throw new IllegalArgumentException(
					"Setting [" + key + "] given twice, as [" + previous + "] and as [" + value + "]");
		}
	}

	private static Map<String, String> withDefaults(Map<String, String> given) {
		Map<String, String> settings = new LinkedHashMap<>(DEFAULTS);
		settings.putAll(given);
		if (DISCOVERY_SETTINGS.stream().noneMatch(given::containsKey)) {
			settings.put("discovery.type", "single-node");
		}
		for (String key : PATH_SETTINGS) {
			settings.computeIfPresent(key, (name, value) -> Path.of(value).toAbsolutePath().normalize().toString());
		}
		return Map.copyOf(settings);
	}

}
