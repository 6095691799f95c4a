package com.ecosystemgraph.graphql.join;

import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.graphql.Selections;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads a root field and the nested fields it selects in one Cypher statement (ADR 0012).
 *
 * <p>Features register the {@link NodeType}s they serve and the nested fields ({@link Link}s) that a
 * parent's statement can read in a subquery. A root field then asks for {@link #byId} or {@link #page}:
 * the selection set (as graphql-java normalised it: fragments, aliases, directives and argument
 * defaults resolved) is walked, every selected link becomes a {@code COLLECT {}} / {@code COUNT {}}
 * subquery from its fragment file inside the parent's map projection, recursively, and only the
 * selected properties are read. The values of the joined fields go down as the local context
 * ({@link Joined}) and {@link JoinedFields} serves them. What is not a link (scores, referrals,
 * analytics) keeps its own fetcher and DataLoader; a link whose arguments are refused is left to its
 * fetcher too, which reports the error at the field's path as before.
 *
 * <p>{@code partner(id:)}-style root fields go through one DataLoader, so a document with many of
 * them (aliases) costs one statement per distinct selection, not one per field.
 */
@Component
public class Joins {

    static final String BY_ID_LOADER = "join.byId";

    private final Map<String, NodeType<?>> types = new ConcurrentHashMap<>();
    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private final PlanCache plans = new PlanCache();
    private final CypherRunner cypher;
    private final boolean joinNested;

    Joins(CypherRunner cypher, BatchLoaderRegistry loaders,
            @org.springframework.beans.factory.annotation.Value("${ecosystem.api.join-nested-fields:true}") boolean joinNested) {
        this.cypher = cypher;
        this.joinNested = joinNested;
        loaders.<ByIdKey, DataFetcherResult<Object>>forName(BY_ID_LOADER)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> loadByIds(keys)));
    }

    /** Registers a GraphQL object type read from a node. */
    public void type(NodeType<?> type) {
        types.put(type.name(), type);
        plans.clear();
    }

    /** Registers a nested field that its parent's statement can read. */
    public void link(Link link) {
        links.put(link.coordinates(), link);
        plans.clear();
    }

    /**
     * A root field returning one node by id (e.g. {@code partner(id:)}); null when there is none.
     * Batched with the request's other by-id root fields of the same selection.
     */
    public <T> CompletableFuture<DataFetcherResult<T>> byId(String typeName, String id, DataFetchingEnvironment env) {
        NodeType<?> type = nodeType(typeName);
        Plan plan = plans.get("byId " + typeName, env,
                () -> plan(type, "join/" + type.stem + "-by-ids", env.getSelectionSet().getImmediateFields(), Map.of(), "true"));
        DataLoader<ByIdKey, DataFetcherResult<T>> loader = env.getDataLoader(BY_ID_LOADER);
        if (loader == null) {
            throw new IllegalStateException("No DataLoader " + BY_ID_LOADER);
        }
        return loader.load(new ByIdKey(plan, id));
    }

    /**
     * A root connection (e.g. {@code partners(filter, orderBy, first, after)}): one page from the
     * type's page fragment ({@code join/<type>-page}, which binds {@code filters} and the page), with
     * the selected nested fields. Reads nothing when neither edges nor pageInfo are asked for.
     *
     * @param count counts the whole list; runs only when {@code totalCount} is read
     */
    @SuppressWarnings("unchecked")
    public <T> DataFetcherResult<Connection<T>> page(String typeName, Page page, Map<String, Object> filters, LongSupplier count,
            DataFetchingEnvironment env) {
        NodeType<T> type = (NodeType<T>) nodeType(typeName);
        Joined joined = new Joined();
        // The filters and the page come from the field's arguments only, as the plan cache requires.
        Optional<Plan> planned = plans.get("page " + typeName, env, () -> {
            DataFetchingFieldSelectionSet selection = env.getSelectionSet();
            if (!Selections.contains(selection, "edges") && !Selections.contains(selection, "pageInfo")) {
                return Optional.<Plan>empty();
            }
            Map<String, Object> parameters = new HashMap<>(filters);
            page.bind(parameters, Selections.contains(selection, "pageInfo/hasNextPage"));
            return Optional.of(pagePlan(type, page, Selections.below(selection, "edges/node"), parameters));
        });
        List<Page.Sorted<T>> rows = planned.map(plan -> run(plan, plan.parameters(),
                r -> new Page.Sorted<>((T) read(plan.root(), r.get("node"), joined), Page.Sorted.value(r.get("sortValue")))))
                .orElse(List.of());
        return DataFetcherResult.<Connection<T>>newResult().data(page.connection(rows, type.id, count)).localContext(joined).build();
    }

    NodeType<?> nodeType(String name) {
        NodeType<?> type = types.get(name);
        if (type == null) {
            throw new IllegalStateException("No node type " + name + " registered");
        }
        return type;
    }

    /** One statement: its text, its parameters (without the root's ids) and how to map its rows. */
    record Plan(String label, String text, Map<String, Object> parameters, NodeRead root) {
    }

    /** What to read of one node: the type, and the links joined into its projection. */
    record NodeRead(NodeType<?> type, List<LinkRead> links) {
    }

    /**
     * One joined link: the projection keys of its rows and its total (null when not read), the
     * response key it answers, its page (connections) and what to read of each child.
     */
    record LinkRead(Link link, String key, String totalKey, String resultKey, Page page, NodeRead child) {
    }

    private record ByIdKey(Plan plan, String id) {
    }

    Plan plan(NodeType<?> type, String rootFragment, List<SelectedField> fields, Map<String, Object> rootParameters, String where) {
        Composer composer = new Composer();
        Composed node = composer.node(type, fields, "n0");
        Fragment root = Fragment.load(rootFragment);
        Map<String, Object> parameters = new HashMap<>(rootParameters);
        parameters.putAll(composer.parameters);
        return new Plan(rootFragment, root.fill("", "n0", "n0", "r0", node.projection(), "", where),
                Collections.unmodifiableMap(parameters),
                node.read());
    }

    /**
     * A page of {@code type} from its page fragment ({@code join/<type>-page}): the filters that an index
     * answers go into {@code {{where}}} ({@link NodeType#indexed}); an order that an index answers
     * ({@link NodeType#indexOrder}) sorts by the indexed property and starts the index at the cursor,
     * any other order by the expression of {@code join/<type>-page-sort}.
     *
     * @param parameters the filters and the page's parameters ({@link Page#bind}); the cursor's start is added
     */
    Plan pagePlan(NodeType<?> type, Page page, List<SelectedField> fields, Map<String, Object> parameters) {
        String rootFragment = "join/" + type.stem + "-page";
        List<String> where = new ArrayList<>();
        NodeType.IndexOrder order = type.indexOrders.get(page.orderField());
        String property = order != null && order.answers(parameters) ? order.property() : null;
        // An order by a property some nodes lack has no composite index with the filters: offered a seek on a
        // filter's index too, Neo4j seeks it and sorts every match (seen: the outcome's, for deals by amount).
        // Its filters keep their ($x IS NULL OR ...) lines, checked on the rows read in order.
        if (property == null || order.whenGiven().isEmpty()) {
            type.indexed.forEach((parameter, indexedProperty) -> {
                if (parameters.get(parameter) != null) {
                    where.add("n0." + indexedProperty + " IN $" + parameter);
                }
            });
        }
        String sort;
        if (property != null) {
            sort = "n0." + property;
            if (page.after() == null) {
                where.add(sort + " IS NOT NULL");
            } else {
                where.add(sort + (page.descending() ? " <= " : " >= ") + "$sortFrom");
                parameters.put("sortFrom", page.after().value());
            }
        } else {
            sort = Fragment.load(rootFragment + "-sort").branch(page.orderField());
        }
        Composer composer = new Composer();
        Composed node = composer.node(type, fields, "n0");
        Map<String, Object> all = new HashMap<>(parameters);
        all.putAll(composer.parameters);
        List<String> within = property == null ? List.of() : order.within().stream().map(type.indexed::get).toList();
        String text = Fragment.load(rootFragment).given(all).fillPage(node.projection(),
                where.isEmpty() ? "true" : String.join(" AND ", where),
                within, sort, page.descending());
        return new Plan(rootFragment, text, Collections.unmodifiableMap(all), node.read());
    }

    private record Composed(NodeRead read, String projection) {
    }

    /** Builds one statement's projections; numbers its variables, keys and parameter prefixes. */
    private final class Composer {

        private int next;
        final Map<String, Object> parameters = new HashMap<>();

        Composed node(NodeType<?> type, List<SelectedField> fields, String variable) {
            Set<String> properties = new TreeSet<>();
            properties.add("id");
            boolean all = false;
            List<LinkRead> reads = new ArrayList<>();
            List<String> subqueries = new ArrayList<>();
            Map<String, Long> perKey = fields.stream().collect(Collectors.groupingBy(SelectedField::getResultKey, Collectors.counting()));
            for (SelectedField field : fields) {
                String name = field.getName();
                if (name.startsWith("__")) {
                    continue;
                }
                Link link = joinNested ? links.get(type.name() + "." + name) : null;
                // The same response key under two aliases of an edge or node could ask different things of one object.
                if (link != null && perKey.get(field.getResultKey()) == 1) {
                    LinkRead read = link(link, field, variable, subqueries);
                    if (read != null) {
                        reads.add(read);
                        continue;
                    }
                }
                if (type.properties.contains(name)) {
                    properties.add(name);
                } else if (type.derived.containsKey(name)) {
                    properties.addAll(type.derived.get(name));
                } else {
                    all = true;
                }
            }
            List<String> parts = new ArrayList<>();
            if (all) {
                parts.add(".*");
            } else {
                properties.forEach(p -> parts.add("." + Fragment.identifier(p)));
            }
            parts.addAll(subqueries);
            return new Composed(new NodeRead(type, List.copyOf(reads)), String.join(", ", parts));
        }

        private LinkRead link(Link link, SelectedField field, String parent, List<String> subqueries) {
            NodeType<?> child = types.get(link.childType);
            if (child == null) {
                return null;
            }
            DataFetchingFieldSelectionSet selection = field.getSelectionSet();
            Map<String, Object> arguments = field.getArguments();
            Map<String, Object> values;
            Page page = null;
            String types;
            try {
                values = new HashMap<>(link.filters.apply(arguments));
                types = link.typesFor(arguments);
                if (link.shape == Link.Shape.CONNECTION) {
                    page = Page.of((Integer) arguments.get("first"), (String) arguments.get("after"), null, "ID");
                    page.bind(values, Selections.contains(selection, "pageInfo/hasNextPage"));
                }
            } catch (BadRequestException e) {
                return null;
            }
            int n = ++next;
            String key = "l" + n;
            String prefix = key + "_";
            boolean rows = link.shape != Link.Shape.CONNECTION || Selections.contains(selection, "edges")
                    || Selections.contains(selection, "pageInfo");
            boolean total = link.shape == Link.Shape.CONNECTION && Selections.contains(selection, "totalCount");
            NodeRead childRead = null;
            if (rows) {
                List<SelectedField> childFields = Selections.below(selection, link.nodePath);
                Composed composed = node(child, childFields, "n" + n);
                Fragment fragment = Fragment.load(link.fragment).given(values);
                String itemPath = link.shape == Link.Shape.CONNECTION ? "edges/" : "";
                boolean relationship = link.relationshipFields.stream().anyMatch(f -> Selections.contains(selection, itemPath + f));
                subqueries
                        .add(key + ": " + fragment.fill(prefix, parent, "n" + n, "r" + n, composed.projection(), types, "", relationship));
                bind(fragment, prefix, values);
                childRead = composed.read();
            }
            String totalKey = null;
            if (total) {
                Fragment fragment = Fragment.load(link.totalFragment);
                totalKey = key + "t";
                subqueries.add(totalKey + ": " + fragment.fill(prefix, parent, "n" + n + "t", "r" + n + "t", "", types, ""));
                bind(fragment, prefix, values);
            }
            return new LinkRead(link, rows ? key : null, totalKey, field.getResultKey(), page, childRead);
        }

        private void bind(Fragment fragment, String prefix, Map<String, Object> values) {
            for (String name : fragment.parameters) {
                if (!values.containsKey(name)) {
                    throw new IllegalStateException("Fragment " + fragment.name + " needs $" + name);
                }
                parameters.put(prefix + name, values.get(name));
            }
        }
    }

    private <T> List<T> run(Plan plan, Map<String, Object> parameters, Function<Record, T> mapper) {
        return cypher.read(plan.label(), plan.text(), parameters, mapper);
    }

    private Map<ByIdKey, DataFetcherResult<Object>> loadByIds(Set<ByIdKey> keys) {
        Map<Plan, List<ByIdKey>> groups = new LinkedHashMap<>();
        for (ByIdKey key : keys) {
            groups.computeIfAbsent(key.plan(), p -> new ArrayList<>()).add(key);
        }
        Map<ByIdKey, DataFetcherResult<Object>> result = new HashMap<>();
        groups.forEach((plan, members) -> {
            Map<String, Object> parameters = new HashMap<>(plan.parameters());
            parameters.put("ids", members.stream().map(ByIdKey::id).distinct().toList());
            Joined joined = new Joined();
            Map<String, Object> found = new HashMap<>();
            run(plan, parameters, r -> found.put(r.get("id").asString(), read(plan.root(), r.get("node"), joined)));
            for (ByIdKey key : members) {
                result.put(key, DataFetcherResult.newResult().data(found.get(key.id())).localContext(joined).build());
            }
        });
        return result;
    }

    /** Maps one node's projection to its read model and records the values of its joined links. */
    private static Object read(NodeRead read, Value node, Joined joined) {
        Object model = read.type().mapper.apply(node);
        if (!read.links().isEmpty()) {
            Map<String, Object> fields = HashMap.newHashMap(read.links().size());
            for (LinkRead link : read.links()) {
                fields.put(link.resultKey(), value(link, node, joined));
            }
            joined.put(model, fields);
        }
        return model;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(LinkRead read, Value parent, Joined joined) {
        Link link = read.link();
        return switch (link.shape) {
            case ONE -> {
                Value rows = parent.get(read.key());
                yield rows.isNull() || rows.size() == 0 ? null : item(read, rows.get(0), joined);
            }
            case LIST -> parent.get(read.key()).asList(row -> item(read, row, joined));
            case CONNECTION -> {
                List<Page.Sorted<Object[]>> rows = read.key() == null ? List.of() : parent.get(read.key()).asList(row -> {
                    Object child = read(read.child(), link.rich ? row.get("node") : row, joined);
                    return new Page.Sorted<>(new Object[]{child, row}, id(read.child(), child));
                });
                long total = read.totalKey() == null ? 0 : parent.get(read.totalKey()).asLong();
                yield read.page().connection(rows, pair -> id(read.child(), pair[0]), () -> total,
                        (position, pair) -> (Connection.Edge) link.edge.edge(position, pair[0], (Value) pair[1]));
            }
        };
    }

    private static Object item(LinkRead read, Value row, Joined joined) {
        Object child = read(read.child(), read.link().rich ? row.get("node") : row, joined);
        return read.link().item.apply(child, row);
    }

    @SuppressWarnings("unchecked")
    private static String id(NodeRead read, Object model) {
        return ((Function<Object, String>) read.type().id).apply(model);
    }
}
