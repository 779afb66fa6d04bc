package fr.reseau.ecoles.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the variable names the BPMN files of {@code processes/} and their forms name, and the names
 * the {@code *Variables} classes declare: what {@link ProcessVariablesTest} and {@link
 * VariableLiteralsTest} compare.
 */
final class ProcessVariables {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /** Beans and functions that expressions call: not variables. */
  static final Set<String> EXPRESSION_BEANS =
      Set.of(
          "dates",
          "deadlines",
          "visitPlan",
          "visitReminders",
          "previousYear",
          "execution",
          "task",
          "S");

  /** JUEL and FEEL words, literals and the loop item. */
  static final Set<String> KEYWORDS =
      Set.of(
          "null",
          "true",
          "false",
          "not",
          "and",
          "or",
          "if",
          "then",
          "else",
          "for",
          "in",
          "return",
          "some",
          "every",
          "satisfies",
          "between",
          "instance",
          "of",
          "function",
          "this",
          "empty",
          "eq",
          "ne",
          "lt",
          "gt",
          "le",
          "ge",
          "div",
          "mod",
          // first word of FEEL's built-in function « list contains(list, element) »
          "list");

  /** Attributes whose value is a bean or a class, never a variable. */
  static final Set<String> BEAN_ATTRIBUTES = Set.of("delegateExpression", "class");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern STRING =
      Pattern.compile("\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*'");
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![.\\w#/])([A-Za-z_]\\w*)(?!\\w)(\\s*\\()?");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern LOOP_BODY =
      Pattern.compile("(\\{\\{#loop[^}]*}}).*?\\{\\{/loop}}", Pattern.DOTALL);

  private ProcessVariables() {}

  /** Where one process names one variable: the file and the element. */
  record Use(String file, String element) {
    @Override
    public String toString() {
      return file + " " + element;
    }
  }

  /** The variables of JUEL expressions ({@code ${...}}) in a text, beans and functions left out. */
  static Set<String> juel(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      names.addAll(identifiers(expression.group(1), Set.of()));
    }
    return names;
  }

  /** The variables of a FEEL expression (without its leading {@code =}). */
  static Set<String> feel(String expression, Set<String> local) {
    return identifiers(expression.replace("get value(", "getvalue("), local);
  }

  /**
   * The variables of a form-js template: FEEL inside {@code {{...}}}; the body of a {@code #loop}
   * names its items' fields, not variables.
   */
  static Set<String> template(String text, Set<String> local) {
    String withoutLoopBodies = LOOP_BODY.matcher(text).replaceAll("$1");
    Set<String> names = new LinkedHashSet<>();
    Matcher part = TEMPLATE.matcher(withoutLoopBodies);
    while (part.find()) {
      names.addAll(feel(part.group(1).replaceFirst("^\\s*[#/](if|loop)\\b", ""), local));
    }
    return names;
  }

  private static Set<String> identifiers(String expression, Set<String> local) {
    Set<String> names = new LinkedHashSet<>();
    Matcher identifier = IDENTIFIER.matcher(STRING.matcher(expression).replaceAll("\"\""));
    while (identifier.find()) {
      String name = identifier.group(1);
      boolean call = identifier.group(2) != null;
      if (!call
          && !KEYWORDS.contains(name)
          && !EXPRESSION_BEANS.contains(name)
          && !local.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /** The variables each form names, by form id: field keys, list paths, FEEL and templates. */
  static Map<String, Map<String, List<Use>>> forms() throws IOException {
    Map<String, Map<String, List<Use>>> forms = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = json.readTree(file.toFile());
        Map<String, List<Use>> names = new TreeMap<>();
        walkForm(form.get("components"), Set.of(), "form", "forms/" + file.getFileName(), names);
        forms.put(form.get("id").asText(), names);
      }
    }
    return forms;
  }

  private static void walkForm(
      JsonNode node, Set<String> local, String where, String file, Map<String, List<Use>> names) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> walkForm(item, local, where, file, names));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String element = node.path("id").asText(where);
    String type = node.path("type").asText("");
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      Use use = new Use(file, element);
      if (value.isTextual()) {
        String text = value.asText();
        if (Set.of("key", "path", "valuesKey").contains(key)) {
          if (!local.contains(text)) {
            names.computeIfAbsent(text, n -> new ArrayList<>()).add(use);
          }
        } else if (text.startsWith("=")) {
          feel(text.substring(1), local)
              .forEach(n -> names.computeIfAbsent(n, x -> new ArrayList<>()).add(use));
        } else if (text.contains("{{")) {
          template(text, local)
              .forEach(n -> names.computeIfAbsent(n, x -> new ArrayList<>()).add(use));
        }
      } else if (key.equals("columns")) {
        // A table's column keys name fields of its rows, not variables.
      } else if (key.equals("components") && type.equals("dynamiclist")) {
        // A dynamic list's fields name fields of its items, not variables.
        Set<String> items = new HashSet<>(local);
        value.forEach(child -> items.add(child.path("key").asText("")));
        walkForm(value, items, element, file, names);
      } else {
        walkForm(value, local, element, file, names);
      }
    }
  }

  /** The variables each process names, by process key, with its forms' names. */
  static Map<String, Map<String, List<Use>>> processes() throws Exception {
    Map<String, Map<String, List<Use>>> forms = forms();
    Map<String, Map<String, List<Use>>> processes = new TreeMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        NodeList found = document.getElementsByTagNameNS(BPMN, "process");
        for (int i = 0; i < found.getLength(); i++) {
          Element process = (Element) found.item(i);
          Map<String, String> calledElements = new LinkedHashMap<>();
          NodeList calls = process.getElementsByTagNameNS(BPMN, "callActivity");
          for (int c = 0; c < calls.getLength(); c++) {
            Element call = (Element) calls.item(c);
            calledElements.put(call.getAttribute("id"), call.getAttribute("calledElement"));
          }
          new BpmnWalk(
                  "processes/" + file.getFileName(),
                  process.getAttribute("id"),
                  calledElements,
                  forms,
                  processes)
              .walk(process, process.getAttribute("id"));
        }
      }
    }
    return processes;
  }

  private record BpmnWalk(
      String file,
      String processKey,
      Map<String, String> calledElements,
      Map<String, Map<String, List<Use>>> forms,
      Map<String, Map<String, List<Use>>> processes) {

    void add(String processKey, String name, String element) {
      processes
          .computeIfAbsent(processKey, k -> new TreeMap<>())
          .computeIfAbsent(name, k -> new ArrayList<>())
          .add(new Use(file, element));
    }

    void walk(Element element, String owner) {
      if (BPMN.equals(element.getNamespaceURI())
          && element.getLocalName().equals("documentation")) {
        return;
      }
      String id = element.hasAttribute("id") ? element.getAttribute("id") : owner;
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Attr attribute = (Attr) attributes.item(a);
        String name = Optional.ofNullable(attribute.getLocalName()).orElse(attribute.getName());
        if (BEAN_ATTRIBUTES.contains(name)) {
          continue;
        }
        if (name.equals("formRef") && CAMUNDA.equals(attribute.getNamespaceURI())) {
          Map<String, List<Use>> form = forms.get(attribute.getValue());
          if (form != null) {
            form.forEach(
                (variable, uses) ->
                    processes
                        .computeIfAbsent(processKey, k -> new TreeMap<>())
                        .computeIfAbsent(variable, k -> new ArrayList<>())
                        .addAll(uses));
          }
        }
        for (String variable : juel(attribute.getValue())) {
          add(processKey, variable, id + " @" + name);
        }
      }
      String own = ownText(element);
      for (String variable : juel(own)) {
        add(processKey, variable, id + " " + element.getLocalName());
      }
      if (CAMUNDA.equals(element.getNamespaceURI())) {
        camunda(element, owner);
      }
      if (element.getLocalName().equals("multiInstanceLoopCharacteristics")
          && element.hasAttributeNS(CAMUNDA, "elementVariable")) {
        add(
            processKey,
            element.getAttributeNS(CAMUNDA, "elementVariable"),
            owner + " elementVariable");
      }
      boolean camundaPart =
          CAMUNDA.equals(element.getNamespaceURI())
              || element.getLocalName().equals("extensionElements");
      NodeList children = element.getChildNodes();
      for (int c = 0; c < children.getLength(); c++) {
        if (children.item(c) instanceof Element child) {
          walk(child, camundaPart ? owner : id);
        }
      }
    }

    /** Input/output parameters and call-activity mappings name variables without {@code ${}}. */
    void camunda(Element element, String owner) {
      String called = calledElements.get(owner);
      switch (element.getLocalName()) {
        case "inputParameter", "outputParameter" ->
            add(processKey, element.getAttribute("name"), owner + " " + element.getLocalName());
        case "in" -> {
          if (element.hasAttribute("source")) {
            add(processKey, element.getAttribute("source"), owner + " camunda:in source");
          }
          if (element.hasAttribute("target") && called != null) {
            add(called, element.getAttribute("target"), owner + " camunda:in target");
          }
        }
        case "out" -> {
          if (element.hasAttribute("source") && called != null) {
            add(called, element.getAttribute("source"), owner + " camunda:out source");
          }
          if (element.hasAttribute("target")) {
            add(processKey, element.getAttribute("target"), owner + " camunda:out target");
          }
        }
        default -> {}
      }
    }

    static String ownText(Element element) {
      StringBuilder text = new StringBuilder();
      NodeList children = element.getChildNodes();
      for (int c = 0; c < children.getLength(); c++) {
        Node child = children.item(c);
        if (child.getNodeType() == Node.TEXT_NODE
            || child.getNodeType() == Node.CDATA_SECTION_NODE) {
          text.append(child.getNodeValue());
        }
      }
      return text.toString();
    }
  }

  /** {@code cdi-tour} → {@code CdiTourVariables}. */
  static String className(String processKey) {
    StringBuilder name = new StringBuilder();
    for (String part : processKey.split("-")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.append("Variables").toString();
  }

  /** The {@code *Variables} class of a process, found by its file under {@code src/main/java}. */
  static Optional<Class<?>> variablesClass(String processKey) throws IOException {
    String fileName = className(processKey) + ".java";
    Path sources = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(sources)) {
      Optional<Path> file =
          files.filter(f -> f.getFileName().toString().equals(fileName)).findFirst();
      if (file.isEmpty()) {
        return Optional.empty();
      }
      String className =
          sources.relativize(file.get()).toString().replace(".java", "").replace('/', '.');
      try {
        return Optional.of(Class.forName(className));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(className + " is not compiled", e);
      }
    }
  }

  /** The names a {@code *Variables} class declares, by constant name; nested classes included. */
  static Map<String, String> declared(Class<?> variables, boolean withNested) {
    Map<String, String> names = new TreeMap<>();
    for (Field field : variables.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers)
          && Modifier.isPublic(modifiers)
          && field.getType() == String.class
          && !field.getName().equals("PROCESS_KEY")) {
        try {
          names.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    if (withNested) {
      for (Class<?> nested : variables.getDeclaredClasses()) {
        declared(nested, true).forEach((k, v) -> names.put(nested.getSimpleName() + "." + k, v));
      }
    }
    return names;
  }
}
