package cn.fuyuan.desk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of ARCHITECTURE.md, kept by a test: no package cycles, every dependency downward, JavaFX scene classes
 * only in the toolkit, the shell and the views, jOOQ and the generated schema classes only in the store and the
 * data-access classes, and no view calling a repository.
 */
class ArchitectureTest {
    private static final String ROOT = "cn.fuyuan.desk";

    /**
     * Bottom first. A package may use the packages before it in this list, never one after it. Packages of one row
     * share a layer (they may use each other, the cycle rule still holds). Rows not written yet are optional.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("i18n"),
            List.of("store"),
            List.of("report"),
            List.of("importing"),
            List.of("ui"),
            List.of("history"),
            List.of("settings"),
            List.of("agency"),
            List.of("caseload"),
            List.of("appearance"),
            List.of("suggestion"),
            List.of("meeting"),
            List.of("whitepaper"),
            List.of("search", "reminders"),
            List.of("demo"),
            List.of("app"),
            List.of("cli"));

    /** Classes that read and write through jOOQ: the store itself and each feature's data access. */
    private static final Pattern DATA_ACCESS = Pattern.compile(
            "[^$]*(Repository|Queries|Writer|Import|Export|Index|Demo|Numbering|ReferenceList|StatsData)(\\$.*)?");
    /** Classes that show things: named for what they are. Nested classes count as their outer class. */
    private static final Pattern VIEW = Pattern.compile("[^$]*(View|Dialog|Preview|Window|Table)(\\$.*)?");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    private static String simpleName(JavaClass c) {
        String n = c.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private static boolean usesScene(JavaClass c) {
        return c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().getPackageName().startsWith("javafx.scene"));
    }

    private static DescribedPredicate<JavaClass> named(String what, Pattern p) {
        return DescribedPredicate.describe(what, c -> p.matcher(simpleName(c)).matches());
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyDependencyPointsDown() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true);
        List<String> names = new ArrayList<>();
        for (List<String> row : LAYERS) {
            String name = String.join("+", row);
            names.add(name);
            layers = layers.layer(name).definedBy(row.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new));
        }
        layers = layers.layer("main").definedBy(DescribedPredicate.describe("the entry point",
                (JavaClass c) -> c.getPackageName().equals(ROOT)));
        names.add("main");
        for (int i = 0; i < names.size() - 1; i++) {
            layers = layers.whereLayer(names.get(i)).mayOnlyBeAccessedByLayers(names.subList(i + 1, names.size()).toArray(String[]::new));
        }
        layers = layers.whereLayer("main").mayNotBeAccessedByAnyLayer();
        layers.check(classes);
    }

    @Test
    void javafxScenesOnlyInTheToolkitTheShellAndViews() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..")
                .and(DescribedPredicate.not(named("are views (…View, …Dialog, …Preview, …Window, …Table)", VIEW)))
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void jooqOnlyInTheStoreAndDataAccess() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".store..", ROOT + ".importing..")
                .and(DescribedPredicate.not(named("are data access (…Repository, …Queries, …Writer, …Import, …Demo, …Numbering, "
                        + "ReferenceList, StatsData)", DATA_ACCESS)))
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", ROOT + ".store.jooq..")
                .check(classes);
    }

    @Test
    void noViewIsLongerThanAboutThreeHundredLines() throws java.io.IOException {
        java.nio.file.Path src = java.nio.file.Path.of("src/main/java", ROOT.replace('.', '/'));
        List<String> tooLong = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(src)) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                String name = f.getFileName().toString();
                String rel = src.relativize(f).toString().replace('\\', '/');
                if (VIEW.matcher(name.replace(".java", "")).matches()) {
                    long lines = java.nio.file.Files.readAllLines(f).size();
                    if (lines > 310) {
                        tooLong.add(rel + " (" + lines + " lines)");
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(tooLong).as("views that only show are short; split these").isEmpty();
    }

    @Test
    void viewsDoNotCallRepositories() {
        noClasses().that(named("are views (…View, …Dialog, …Preview, …Window, …Table)", VIEW))
                .and(DescribedPredicate.describe("show things (use javafx.scene)", ArchitectureTest::usesScene))
                .should().accessClassesThat(named("are repositories (…Repository, …Queries, …Writer, ReferenceList, StatsData; "
                        + "not the records they return)", Pattern.compile("[^$]*(Repository|Queries|Writer|ReferenceList|StatsData)")))
                .orShould().callMethod(cn.fuyuan.desk.store.Database.class, "dsl")
                .check(classes);
    }
}
