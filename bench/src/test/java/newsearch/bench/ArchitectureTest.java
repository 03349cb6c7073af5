package newsearch.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layout's rules over the main classes of every module (the bench depends on them all): no
 * package cycles, a search contract that knows no engine, an index schema that knows no story or
 * name logic, and no main package of more than 15 classes.
 */
class ArchitectureTest {

  private static final int MAX_CLASSES_PER_PACKAGE = 15;

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("newsearch");

  @Test
  void everyModuleIsRead() {
    // In a reactor build the modules come as jars or class folders: the rules must see them all.
    for (String module : new String[] {"indexer", "server", "bench"}) {
      assertTrue(
          MAIN.stream().anyMatch(c -> c.getPackageName().startsWith("newsearch." + module)),
          "no classes of " + module);
    }
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("newsearch.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void searchContractKnowsNoEngine() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "newsearch.server.search",
            "newsearch.server.search.query",
            "newsearch.server.search.story",
            "newsearch.server.search.csv")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.lucene..",
            "org.opensearch..",
            "io.javalin..",
            "newsearch.indexer..",
            "newsearch.server.search.lucene..")
        .check(MAIN);
  }

  @Test
  void indexSchemaKnowsNoStoriesOrNames() {
    noClasses()
        .that()
        .resideInAPackage("newsearch.indexer.index")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("newsearch.indexer.story..", "newsearch.indexer.names..")
        .check(MAIN);
  }

  @Test
  void noMainPackageHoldsMoreThanFifteenClasses() {
    Map<String, Long> sizes =
        MAIN.stream()
            .filter(
                c -> c.getEnclosingClass().isEmpty() && !c.getSimpleName().equals("package-info"))
            .collect(
                Collectors.groupingBy(
                    JavaClass::getPackageName, TreeMap::new, Collectors.counting()));
    Map<String, Long> tooLarge = new TreeMap<>(sizes);
    tooLarge.values().removeIf(n -> n <= MAX_CLASSES_PER_PACKAGE);
    assertEquals(Map.of(), tooLarge, "packages over " + MAX_CLASSES_PER_PACKAGE + " classes");
  }
}
