package org.newsfacts;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the main code, as rules that fail the build when it drifts: every package of
 * {@code org.newsfacts} may depend on another only one way round, and {@code output} writes what the stages
 * found without running any of them.
 */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.newsfacts");
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        // One slice per package (extract.mentions and extract.quotes are two), so a cycle through any chain of
        // packages is reported with the classes that close it.
        slices().matching("org.newsfacts.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void outputReadsWhatTheStagesFoundButRunsNoStage() {
        // The stages' results are records (ArticleResult, Claim, Paragraph, DocumentMetadata) or enums (Lang);
        // anything else in a stage package is the stage's behaviour, which a writer must not call. The records
        // package (one record per output file, shared with the result cache) holds the files' JSON settings too.
        DescribedPredicate<JavaClass> stageBehaviour = new DescribedPredicate<>(
                "a class of another org.newsfacts package that is neither a record nor an enum") {
            @Override
            public boolean test(JavaClass c) {
                String p = c.getPackageName();
                return p.startsWith("org.newsfacts.") && !p.startsWith("org.newsfacts.output")
                        && !p.equals("org.newsfacts.files") && !p.equals("org.newsfacts.records") && !c.isRecord()
                        && !c.isEnum();
            }
        };
        noClasses().that().resideInAPackage("org.newsfacts.output..")
                .should().dependOnClassesThat(stageBehaviour).check(main);
    }

    @Test
    void benchmarksLiveOutsideTheStages() {
        // A benchmark is a command over the stages, not part of one: the stages' packages hold none and call
        // none, so nothing a run ships depends on timing code. (cli keeps ScaleBenchmark, which drives the
        // command line itself.)
        String[] stages = {"org.newsfacts.ingest..", "org.newsfacts.text..", "org.newsfacts.extract..",
                "org.newsfacts.claims..", "org.newsfacts.reconcile..", "org.newsfacts.pipeline..",
                "org.newsfacts.output..", "org.newsfacts.records..", "org.newsfacts.run..", "org.newsfacts.files.."};
        noClasses().that().resideInAnyPackage(stages).should().haveSimpleNameEndingWith("Benchmark").check(main);
        noClasses().that().resideInAnyPackage(stages).should().dependOnClassesThat()
                .resideInAPackage("org.newsfacts.bench..").check(main);
    }
}
