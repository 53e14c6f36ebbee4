package org.elasticsearch.plugins;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.spi.SPIClassIterator;

/**
 * Instantiates plugins from classes on the class path.
 * <p>
 * It lives in Elasticsearch's package for the package-private {@link LoadedPlugin} and {@link #loadPlugin}. All plugins
 * share one class loader here, so service providers are looked up once per class loader instead of once per plugin;
 * otherwise every provider would be created once for each plugin.
 */
public class ClasspathPluginsService extends PluginsService {

	private final List<LoadedPlugin> plugins;

	public ClasspathPluginsService(Environment environment, List<Class<? extends Plugin>> pluginClasses) {
		super(environment.settings(), environment.configDir(),
				new PluginsLoader(Set.of(), Set.of(), Map.of()));
		this.plugins = pluginClasses.stream().map((pluginClass) -> load(pluginClass, environment)).toList();
		loadAllExtensions(this.plugins);
	}

	private static LoadedPlugin load(Class<? extends Plugin> pluginClass, Environment environment) {
		Plugin instance = loadPlugin(pluginClass, environment.settings(), environment.configDir());
		PluginDescriptor descriptor = new PluginDescriptor(pluginClass.getSimpleName(), "class path plugin", "NA",
				Build.current().version(), Integer.toString(Runtime.version().feature()), pluginClass.getName(), null,
				List.of(), false, false, false, false, PluginDescriptor.DeploymentTarget.ALL);
		return new LoadedPlugin(descriptor, instance, pluginClass.getClassLoader());
	}

	// Plugin descriptors from the class path name no extended plugins, so every plugin may extend every other.
	private static void loadAllExtensions(List<LoadedPlugin> plugins) {
		for (LoadedPlugin candidate : plugins) {
			if (candidate.instance() instanceof ExtensiblePlugin extensible) {
				extensible.loadExtensions(new ExtensiblePlugin.ExtensionLoader() {
					@Override
					public <T> List<T> loadExtensions(Class<T> extensionPoint) {
						return providers(extensionPoint, plugins);
					}
				});
			}
		}
	}

	@Override
	protected List<LoadedPlugin> plugins() {
		return this.plugins;
	}

	@Override
	public PluginsAndModules info() {
		return new PluginsAndModules(
				this.plugins.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(), List.of());
	}

	@Override
	public <T> List<? extends T> loadServiceProviders(Class<T> service) {
		return providers(service, this.plugins);
	}

	private static <T> List<T> providers(Class<T> service, List<LoadedPlugin> plugins) {
		Map<Class<? extends T>, T> providers = new LinkedHashMap<>();
		Set<ClassLoader> seenLoaders = new HashSet<>();
		for (LoadedPlugin plugin : plugins) {
			ClassLoader loader = plugin.instance().getClass().getClassLoader();
			if (!seenLoaders.add(loader)) {
				continue;
			}
			SPIClassIterator<T> classes = SPIClassIterator.get(service, loader);
			while (classes.hasNext()) {
				Class<? extends T> providerClass = classes.next();
				Plugin owner = owner(providerClass, plugins);
				if (owner != null && !providers.containsKey(providerClass)) {
					providers.put(providerClass, createExtension(providerClass, service, owner));
				}
			}
		}
		return List.copyOf(providers.values());
	}

	/**
	 * A provider may take the plugin that ships it as its only constructor argument. Returns the loaded plugin of that
	 * type, any plugin when the provider needs none, or {@code null} when the provider's plugin is not loaded here.
	 */
	private static Plugin owner(Class<?> providerClass, List<LoadedPlugin> plugins) {
		for (var constructor : providerClass.getConstructors()) {
			if (constructor.getParameterCount() == 1) {
				Class<?> wanted = constructor.getParameterTypes()[0];
				return plugins.stream()
					.map(LoadedPlugin::instance)
					.filter(wanted::isInstance)
					.findFirst()
					.orElse(null);
			}
		}
		return plugins.get(0).instance();
	}

}
