package fr.reseau.ecoles.privacy;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.QueryEntityRelationCondition;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.QueryVariableValue;
import org.camunda.bpm.engine.impl.VariableInstanceQueryProperty;
import org.camunda.bpm.engine.rest.dto.VariableQueryParameterDto;

/**
 * Finds the variable names a query (or a command holding one) puts a condition on, wherever the
 * query keeps them: value conditions ({@link QueryVariableValue}, which every variable filter of
 * every query becomes, {@code orQueries} included), sorting by a variable (an ordering property
 * related to the variable table by name), message correlation keys, and the REST DTOs a plugin
 * query holds. Names are compared to the private ones whatever their case, since a query may match
 * names ignoring case.
 */
final class PrivateConditions {

  /**
   * A condition on a private variable: an authorization error (HTTP 403), the same for every guess.
   */
  static final class Refused extends AuthorizationException {
    Refused(Set<String> names) {
      super(
          "Une recherche ou un tri ne peut pas porter sur le contenu des documents privés ("
              + String.join(", ", names)
              + ").");
    }
  }

  private static final int MAX_DEPTH = 6;

  /** Engine internals a query or command may point to, which hold no query condition. */
  private static final Set<String> SKIPPED_PACKAGES =
      Set.of(
          "org.camunda.bpm.engine.impl.persistence.entity",
          "org.camunda.bpm.engine.impl.interceptor",
          "org.camunda.bpm.engine.impl.cfg",
          "org.camunda.bpm.engine.impl.context",
          "org.camunda.bpm.engine.impl.db.sql",
          "org.camunda.bpm.engine.impl.db.entitymanager",
          "org.camunda.bpm.engine.impl.variable.serializer",
          "org.camunda.bpm.engine.impl.el",
          "org.camunda.bpm.engine.impl.pvm.runtime");

  /**
   * The authorization and tenant checks the engine adds to nearly every select: user, groups,
   * tenants and permissions, never a variable condition (walking them is most of a task query's
   * walk).
   */
  private static final Set<String> SKIPPED_CLASSES =
      Set.of(
          "org.camunda.bpm.engine.impl.db.AuthorizationCheck",
          "org.camunda.bpm.engine.impl.db.CompositePermissionCheck",
          "org.camunda.bpm.engine.impl.db.PermissionCheck",
          "org.camunda.bpm.engine.impl.db.TenantCheck");

  private final Map<String, String> privateByLowerCase;

  PrivateConditions(PrivateVariables privateVariables) {
    this.privateByLowerCase =
        privateVariables.names().stream()
            .collect(Collectors.toMap(name -> name.toLowerCase(Locale.ROOT), name -> name));
  }

  void refuseIfAny(Object commandOrQuery) {
    Set<String> names = privateNames(commandOrQuery);
    if (!names.isEmpty()) {
      throw new Refused(names);
    }
  }

  Set<String> privateNames(Object commandOrQuery) {
    Set<String> found = new LinkedHashSet<>();
    for (String name : conditionNames(commandOrQuery)) {
      String known = privateByLowerCase.get(name.toLowerCase(Locale.ROOT));
      if (known != null) {
        found.add(known);
      }
    }
    return found;
  }

  /** Every variable name the object puts a condition on (value, sorting, correlation). */
  static Set<String> conditionNames(Object root) {
    Set<String> names = new LinkedHashSet<>();
    walk(root, names, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    return names;
  }

  private static void walk(Object node, Set<String> names, Set<Object> seen, int depth) {
    if (node == null || depth > MAX_DEPTH || isLeaf(node.getClass()) || !seen.add(node)) {
      return;
    }
    if (node instanceof QueryVariableValue value) {
      add(names, value.getName());
      return;
    }
    if (node instanceof VariableQueryParameterDto dto) {
      add(names, dto.getName());
      return;
    }
    if (node instanceof QueryOrderingProperty ordering) {
      if (ordering.getRelationConditions() != null) {
        for (QueryEntityRelationCondition condition : ordering.getRelationConditions()) {
          if (condition.getProperty() != null
              && VariableInstanceQueryProperty.VARIABLE_NAME
                  .getName()
                  .equals(condition.getProperty().getName())) {
            add(names, condition.getScalarValue());
          }
        }
      }
      return;
    }
    if (node instanceof MessageCorrelationBuilderImpl correlation) {
      // Correlating "the instance whose variable X equals V" answers whether one does.
      if (correlation.getCorrelationProcessInstanceVariables() != null) {
        correlation
            .getCorrelationProcessInstanceVariables()
            .keySet()
            .forEach(name -> add(names, name));
      }
      if (correlation.getCorrelationLocalVariables() != null) {
        correlation.getCorrelationLocalVariables().keySet().forEach(name -> add(names, name));
      }
      return;
    }
    if (node instanceof Collection<?> collection) {
      for (Object element : collection) {
        walk(element, names, seen, depth + 1);
      }
      return;
    }
    if (node instanceof Map<?, ?> map) {
      // Values only: a map's keys are variables to set (a form's fields), not conditions.
      for (Object value : map.values()) {
        walk(value, names, seen, depth + 1);
      }
      return;
    }
    if (node.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(node); i++) {
        walk(Array.get(node, i), names, seen, depth + 1);
      }
      return;
    }
    if (!isQueryHolder(node.getClass())) {
      return;
    }
    for (Field field : READABLE_FIELDS.get(node.getClass())) {
      try {
        walk(field.get(node), names, seen, depth + 1);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // a field we cannot read is not a query condition we could have missed
      }
    }
  }

  /**
   * The instance fields of a query holder and its superclasses that may hold a condition, looked up
   * and opened once per class: the guard walks every command and every select of the engine.
   */
  private static final ClassValue<List<Field>> READABLE_FIELDS =
      new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> holder) {
          List<Field> fields = new ArrayList<>();
          for (Class<?> type = holder;
              type != null && type != Object.class;
              type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
              if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                continue;
              }
              try {
                field.setAccessible(true);
                fields.add(field);
              } catch (RuntimeException e) {
                // not readable: Camunda's own classes all are; anything else is skipped
              }
            }
          }
          return List.copyOf(fields);
        }
      };

  private static void add(Set<String> names, Object name) {
    if (name != null) {
      names.add(name.toString());
    }
  }

  private static boolean isLeaf(Class<?> type) {
    return LEAF.get(type);
  }

  /** Camunda's queries, commands, builders and DTOs: where a query condition may be held. */
  private static boolean isQueryHolder(Class<?> type) {
    return QUERY_HOLDER.get(type);
  }

  // Both answers depend on the class alone, and every select of the engine asks them for each
  // object it walks: computed once per class.
  private static final ClassValue<Boolean> LEAF =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return type.isPrimitive()
              || type.isEnum()
              || CharSequence.class.isAssignableFrom(type)
              || Number.class.isAssignableFrom(type)
              || Boolean.class == type
              || java.util.Date.class.isAssignableFrom(type)
              || type.isArray() && type.getComponentType().isPrimitive();
        }
      };

  private static final ClassValue<Boolean> QUERY_HOLDER =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          if (!type.getName().startsWith("org.camunda.bpm.")
              || SKIPPED_CLASSES.contains(type.getName())) {
            return false;
          }
          String pkg = type.getPackageName();
          return SKIPPED_PACKAGES.stream()
              .noneMatch(skipped -> pkg.equals(skipped) || pkg.startsWith(skipped + "."));
        }
      };
}
