package com.ecosystemgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schema files are the contract: every type, field, argument and input field says what it is. */
class SchemaDescriptionTest {

    @Test
    void everyTypeFieldAndArgumentIsDescribed() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        List<String> undescribed = new ArrayList<>();
        for (TypeDefinition<?> type : registry.types().values()) {
            check(type, undescribed);
        }
        registry.objectTypeExtensions().values()
                .forEach(extensions -> extensions.forEach(e -> fields(e.getName(), e.getFieldDefinitions(), undescribed)));

        assertThat(registry.types()).hasSizeGreaterThan(30);
        assertThat(undescribed).isEmpty();
    }

    private static void check(TypeDefinition<?> type, List<String> undescribed) {
        String name = type.getName();
        switch (type) {
            case ObjectTypeDefinition object -> {
                if (!List.of("Query", "Mutation").contains(name)) {
                    missing(name, object.getDescription(), undescribed);
                }
                fields(name, object.getFieldDefinitions(), undescribed);
            }
            case InputObjectTypeDefinition input -> {
                missing(name, input.getDescription(), undescribed);
                for (InputValueDefinition field : input.getInputValueDefinitions()) {
                    missing(name + "." + field.getName(), field.getDescription(), undescribed);
                }
            }
            case EnumTypeDefinition e -> missing(name, e.getDescription(), undescribed);
            case UnionTypeDefinition u -> missing(name, u.getDescription(), undescribed);
            case ScalarTypeDefinition s -> missing(name, s.getDescription(), undescribed);
            default -> {
            }
        }
    }

    private static void fields(String type, List<FieldDefinition> fields, List<String> undescribed) {
        for (FieldDefinition field : fields) {
            missing(type + "." + field.getName(), field.getDescription(), undescribed);
            for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                missing(type + "." + field.getName() + "(" + argument.getName() + ")", argument.getDescription(), undescribed);
            }
        }
    }

    private static void missing(String what, Description description, List<String> undescribed) {
        if (description == null || description.getContent().isBlank()) {
            undescribed.add(what);
        }
    }
}
