package fr.reseau.ecoles.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order of a start-up: the cluster start-up lock ({@link ClusterStartupLock}), then the Flyway
 * migrations, then the engine. Spring Boot already makes JPA wait for Flyway; the engine is not a
 * bean Spring Boot knows about, so it is told here.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseStartup {

  static final String LOCK = "clusterStartupLock";
  static final String FLYWAY = "flywayInitializer";
  static final String ENGINE = "processEngineFactoryBean";

  @Bean
  static BeanFactoryPostProcessor migrationsBeforeTheEngine() {
    return beanFactory -> {
      dependsOn(beanFactory, FLYWAY, LOCK);
      dependsOn(beanFactory, ENGINE, beanFactory.containsBeanDefinition(FLYWAY) ? FLYWAY : LOCK);
    };
  }

  private static void dependsOn(
      ConfigurableListableBeanFactory beanFactory, String bean, String dependency) {
    if (!beanFactory.containsBeanDefinition(bean)
        || !beanFactory.containsBeanDefinition(dependency)) {
      return;
    }
    BeanDefinition definition = beanFactory.getBeanDefinition(bean);
    List<String> dependencies = new ArrayList<>();
    if (definition.getDependsOn() != null) {
      dependencies.addAll(Arrays.asList(definition.getDependsOn()));
    }
    dependencies.add(dependency);
    definition.setDependsOn(dependencies.toArray(String[]::new));
  }
}
