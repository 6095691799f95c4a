package com.ecosystemgraph.audit;

import com.ecosystemgraph.availability.Unavailability;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.outcome.AbandonedWriteException;
import com.ecosystemgraph.outcome.OutcomeUnknownException;
import com.ecosystemgraph.outcome.WriteOutcomes;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every GraphQL mutation writes one audit event, in the same transaction as its change, without
 * each mutation saying so: this advice wraps every {@code @MutationMapping} method, outside the
 * role check and the method's own {@code @Transactional} (which joins the transaction begun here).
 *
 * <ul>
 *   <li>The mutation returns a payload without errors: the event ({@code SUCCEEDED}) is written in
 *       its transaction before it commits; if the commit fails, neither exists.</li>
 *   <li>The payload has errors (nothing written): {@code REJECTED}, or {@code REFUSED} when the
 *       error is {@code FORBIDDEN}; the transaction is rolled back and the event written on its own.</li>
 *   <li>The role check refuses the call: {@code REFUSED}, written on its own.</li>
 *   <li>Anything else fails: the transaction rolls back and leaves no event (nothing changed).</li>
 *   <li>The request's time ran out before the commit (the client was told "not written"): the
 *       transaction rolls back instead of committing, and {@code FAILED} is written on its own.</li>
 * </ul>
 *
 * <p>It also keeps the request's {@link WriteOutcomes}: the mutation is {@code COMMITTING} from just
 * before its commit is sent until the database confirms it. A commit that fails because the database
 * or the connection went away is reported as {@link OutcomeUnknownException} (safe to retry), not as a
 * failure that wrote nothing.
 */
@Configuration(proxyBeanMethods = false)
class MutationAuditing {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor mutationAuditAdvisor(org.springframework.beans.factory.ObjectProvider<AuditTrail> trail,
            org.springframework.beans.factory.ObjectProvider<PlatformTransactionManager> transactions) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(null, MutationMapping.class, true), new Interceptor(trail, transactions));
        // Outermost: around the role check and the method's own transaction.
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    static final class Interceptor implements MethodInterceptor {
        private final org.springframework.beans.factory.ObjectProvider<AuditTrail> trail;
        private final org.springframework.beans.factory.ObjectProvider<PlatformTransactionManager> transactions;

        Interceptor(org.springframework.beans.factory.ObjectProvider<AuditTrail> trail,
                org.springframework.beans.factory.ObjectProvider<PlatformTransactionManager> transactions) {
            this.trail = trail;
            this.transactions = transactions;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            AuditTrail audit = trail.getObject();
            AuditTrail.Actor actor = AuditTrail.Actor.of(SecurityContextHolder.getContext().getAuthentication());
            String operation = operation(invocation.getMethod());
            Map<String, Object> input = input(invocation);
            List<String> nodeIds = nodeIds(input);
            AuditTrail.Entry[] separately = new AuditTrail.Entry[1];
            Throwable[] thrown = new Throwable[1];
            WriteOutcomes.Write write = WriteOutcomes.current().map(outcomes -> outcomes.begin(operation, nodeIds)).orElse(null);
            Object result;
            try {
                result = new TransactionTemplate(transactions.getObject()).execute((TransactionStatus status) -> {
                    if (write != null) {
                        TransactionSynchronizationManager.registerSynchronization(new Outcome(write));
                    }
                    return run(invocation, status, audit, actor, operation, input, nodeIds, separately, thrown);
                });
            } catch (AbandonedWriteException e) {
                audit.recordAbandonedWrite(new AuditTrail.Entry(actor, operation, nodeIds, describe(input)
                        + " -> rolled back: the request's time limit passed before the commit", AuditEvent.Outcome.FAILED));
                throw e;
            } catch (RuntimeException e) {
                if (write != null && write.state() == WriteOutcomes.State.COMMITTING && Unavailability.is(e)) {
                    throw new OutcomeUnknownException(write, e);
                }
                if (write != null) {
                    write.rolledBack();
                }
                throw e;
            }
            if (separately[0] != null) {
                audit.recordSeparately(separately[0]);
            }
            if (thrown[0] != null) {
                throw thrown[0];
            }
            return result;
        }

        private static Object run(MethodInvocation invocation, TransactionStatus status, AuditTrail audit, AuditTrail.Actor actor,
                String operation, Map<String, Object> input, List<String> nodeIds,
                AuditTrail.Entry[] separately, Throwable[] thrown) {
            Object payload;
            try {
                payload = invocation.proceed();
            } catch (AccessDeniedException e) {
                status.setRollbackOnly();
                separately[0] = new AuditTrail.Entry(actor, operation, nodeIds,
                        "refused: the role " + actor.role() + " may not run " + operation + "; input " + describe(input),
                        AuditEvent.Outcome.REFUSED);
                thrown[0] = e;
                return null;
            } catch (Throwable e) {
                status.setRollbackOnly();
                thrown[0] = e;
                return null;
            }
            List<UserError> errors = errors(payload);
            if (!errors.isEmpty() || status.isRollbackOnly()) {
                status.setRollbackOnly();
                boolean forbidden = errors.stream().anyMatch(e -> e.code() == UserError.Code.FORBIDDEN);
                separately[0] = new AuditTrail.Entry(actor, operation, nodeIds, describe(input) + " -> "
                        + String.join("; ", errors.stream().map(e -> (e.field() == null ? "" : e.field() + ": ") + e.message()).toList()),
                        forbidden ? AuditEvent.Outcome.REFUSED : AuditEvent.Outcome.REJECTED);
                return payload;
            }
            audit.recordInTransaction(new AuditTrail.Entry(actor, operation, nodeIds, describe(input) + outcome(payload),
                    AuditEvent.Outcome.SUCCEEDED));
            return payload;
        }
    }

    /** Moves the request's record of this mutation along with its transaction. */
    private record Outcome(WriteOutcomes.Write write) implements TransactionSynchronization {
        @Override
        public void beforeCommit(boolean readOnly) {
            write.committing();
        }

        @Override
        public void afterCommit() {
            write.committed();
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_ROLLED_BACK && write.state() != WriteOutcomes.State.COMMITTING) {
                write.rolledBack();
            }
        }
    }

    /** The mutation's field name: the method's, or the one its annotation gives. */
    private static String operation(Method method) {
        MutationMapping mapping = method.getAnnotation(MutationMapping.class);
        String name = mapping == null ? "" : !mapping.name().isEmpty() ? mapping.name() : mapping.value();
        return name.isEmpty() ? method.getName() : name;
    }

    /** The {@code @Argument} values by name, records and maps as maps. */
    private static Map<String, Object> input(MethodInvocation invocation) {
        Map<String, Object> input = new LinkedHashMap<>();
        Parameter[] parameters = invocation.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isAnnotationPresent(Argument.class)) {
                Object value = plain(invocation.getArguments()[i]);
                if ("input".equals(parameters[i].getName()) && value instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> input.put(String.valueOf(k), v));
                } else {
                    input.put(parameters[i].getName(), value);
                }
            }
        }
        return input;
    }

    /** Records as maps (a field left out of the input, an omitted {@link ArgumentValue}, is left out), also inside lists. */
    private static Object plain(Object value) {
        if (value instanceof ArgumentValue<?> argument) {
            return plain(argument.value());
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(MutationAuditing::plain).toList();
        }
        if (value != null && value.getClass().isRecord()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    Object field = component.getAccessor().invoke(value);
                    if (field instanceof ArgumentValue<?> argument && argument.isOmitted()) {
                        continue;
                    }
                    map.put(component.getName(), plain(field));
                } catch (ReflectiveOperationException e) {
                    map.put(component.getName(), "?");
                }
            }
            return map;
        }
        return value;
    }

    /** Every id the input names: fields {@code id} and {@code ...Id}, also inside lists (a deal's partners). */
    static List<String> nodeIds(Map<String, Object> input) {
        Set<String> ids = new LinkedHashSet<>();
        collect(input, ids);
        return List.copyOf(ids);
    }

    private static void collect(Object value, Set<String> ids) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                String name = String.valueOf(key);
                if ((name.equals("id") || name.endsWith("Id")) && item != null && !(item instanceof Collection<?>)) {
                    ids.add(String.valueOf(item));
                } else {
                    collect(item, ids);
                }
            });
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, ids));
        }
    }

    private static String describe(Map<String, Object> input) {
        return input.isEmpty() ? "(no input)" : input.toString();
    }

    /** What the payload says was done, for the summary (deleteNode's counts). */
    private static String outcome(Object payload) {
        if (!(plain(payload) instanceof Map<?, ?> fields)) {
            return "";
        }
        if (fields.containsKey("deletedNodes")) {
            return " -> deleted " + fields.get("deletedNodes") + " node(s) and " + fields.get("deletedRelationships") + " relationship(s)";
        }
        if (fields.get("status") != null && !(fields.get("status") instanceof Collection<?>)) {
            return " -> " + fields.get("status");
        }
        return "";
    }

    /** The payload's {@code errors}, if it has any. */
    private static List<UserError> errors(Object payload) {
        Object errors = null;
        if (payload instanceof Map<?, ?> map) {
            errors = map.get("errors");
        } else if (payload != null && payload.getClass().isRecord()) {
            for (RecordComponent component : payload.getClass().getRecordComponents()) {
                if (component.getName().equals("errors")) {
                    try {
                        component.getAccessor().setAccessible(true);
                        errors = component.getAccessor().invoke(payload);
                    } catch (ReflectiveOperationException e) {
                        errors = null;
                    }
                }
            }
        }
        List<UserError> found = new ArrayList<>();
        if (errors instanceof Collection<?> items) {
            for (Object item : items) {
                if (item instanceof UserError error) {
                    found.add(error);
                }
            }
        }
        return found;
    }
}
