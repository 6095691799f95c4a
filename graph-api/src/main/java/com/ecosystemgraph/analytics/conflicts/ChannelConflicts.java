package com.ecosystemgraph.analytics.conflicts;

import com.ecosystemgraph.analytics.Limits;
import com.ecosystemgraph.analytics.Statistics;
import com.ecosystemgraph.analytics.StoredValues;
import com.ecosystemgraph.analytics.conflicts.ConflictRow.DealRow;
import com.ecosystemgraph.analytics.conflicts.ConflictRow.PairRow;
import com.ecosystemgraph.analytics.conflicts.ConflictRow.RegistrationRow;
import com.ecosystemgraph.graph.DealOutcome;
import com.ecosystemgraph.graph.DealSource;
import com.ecosystemgraph.graph.RegistrationStage;
import com.ecosystemgraph.graph.DealRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Channel conflicts (docs/analytics.md#5): customers where several partners registered, or a partner
 * deal and a direct deal collide, within a window; who holds protection and how each side fared.
 */
public record ChannelConflicts(LocalDate asOf, LocalDate from, int windowDays, long customersWithDeals, long conflictedCustomers,
        Double conflictedShare, long partnerPartner, long partnerDirect, double amountAtStake,
        SideOutcome protectedSide, SideOutcome unprotectedSide, List<ChannelConflict> conflicts, List<String> notes) {

    /** How two colliding deals collide. */
    public enum ConflictKind {
        PARTNER_PARTNER, PARTNER_DIRECT
    }

    /** Which side holds protection in a conflict. */
    public enum ProtectionSide {
        PARTNER, DIRECT, NONE
    }

    /** One conflicted customer: the colliding deals and who holds protection. */
    public record ChannelConflict(String customerId, String customerName, String industry, String region, ConflictKind kind,
            List<ConflictKind> kinds, double amount, Protection protection, List<ConflictDeal> deals) {
    }

    /**
     * The earliest claim on the account: a qualified registration (partner) or the creation of a direct
     * deal (our own sales team); partnerId and stage are null unless the side is PARTNER.
     */
    public record Protection(ProtectionSide side, String partnerId, String partnerName, String dealId, LocalDate since,
            RegistrationStage stage, String reason) {
    }

    /** A deal in a conflict with its registrations; holdsProtection marks the protected deal. */
    public record ConflictDeal(String id, DealSource source, double amount, DealOutcome outcome, LocalDate createdOn, LocalDate closedOn,
            boolean holdsProtection, List<Registration> registrations) {
    }

    /** One partner's registration of a deal. */
    public record Registration(String partnerId, String partnerName, DealRole role, LocalDate registeredOn, RegistrationStage stage,
            boolean qualified) {
    }

    /** Outcomes of one side's deals over all conflicts. */
    public record SideOutcome(long deals, long won, long lost, long open, double amount, double wonAmount, Double winRate) {
    }

    /**
     * Registration stages that carry qualification evidence: the partner registered before we
     * contacted the account or right after the first meeting. A late-stage registration arrives once
     * the opportunity is already qualified by someone else, and an unregistered row is no claim.
     */
    static final Set<RegistrationStage> QUALIFIED = EnumSet.of(RegistrationStage.BEFORE_CONTACT, RegistrationStage.AFTER_FIRST_MEETING);

    /**
     * The analysis from the conflicted customers' rows: each customer split into its episodes, an
     * episode kept under a partner filter only when a matching partner registered one of its deals;
     * largest amount first, at most {@code limit} listed (null: all).
     */
    static ChannelConflicts of(List<ConflictRow> customers, long customersWithDeals, LocalDate asOf, LocalDate from,
            boolean partnerFiltered,
            int windowDays, Long limit) {
        List<ChannelConflict> all = new ArrayList<>();
        for (ConflictRow customer : customers) {
            for (ConflictRow c : episodes(customer)) {
                if (partnerFiltered && c.deals().stream().flatMap(d -> d.registrations().stream()).noneMatch(RegistrationRow::matches)) {
                    continue;
                }
                all.add(conflict(c));
            }
        }
        all.sort(Comparator.comparingDouble(ChannelConflict::amount).reversed().thenComparing(ChannelConflict::customerId));
        List<ConflictDeal> protectedDeals = new ArrayList<>();
        List<ConflictDeal> unprotectedDeals = new ArrayList<>();
        all.forEach(c -> c.deals().forEach(d -> (d.holdsProtection() ? protectedDeals : unprotectedDeals).add(d)));
        long conflicted = all.stream().map(ChannelConflict::customerId).distinct().count();
        Double share = Statistics.rate(conflicted, customersWithDeals, Limits.MIN_CLOSED_DEALS);
        return new ChannelConflicts(asOf, from, windowDays, customersWithDeals, conflicted, share,
                customersOf(all, ConflictKind.PARTNER_PARTNER),
                customersOf(all, ConflictKind.PARTNER_DIRECT), all.stream().mapToDouble(ChannelConflict::amount).sum(),
                side(protectedDeals),
                side(unprotectedDeals), all.stream().limit(limit == null ? Long.MAX_VALUE : limit).toList(),
                notes(all, customersWithDeals, share, windowDays));
    }

    private static long customersOf(List<ChannelConflict> all, ConflictKind kind) {
        return all.stream().filter(c -> c.kinds().contains(kind)).map(ChannelConflict::customerId).distinct().count();
    }

    private static List<String> notes(List<ChannelConflict> all, long customersWithDeals, Double share, int windowDays) {
        List<String> notes = new ArrayList<>();
        if (share == null) {
            notes.add("fewer than " + Limits.MIN_CLOSED_DEALS + " customers with deals in the period (" + customersWithDeals
                    + "); share of conflicted customers not reported");
        }
        if (all.isEmpty()) {
            notes.add("no channel conflict within " + windowDays + " days in the period");
        }
        long withoutHolder = all.stream().filter(c -> c.protection().side() == ProtectionSide.NONE).count();
        if (withoutHolder > 0) {
            notes.add(withoutHolder
                    + " conflicts without a qualified registration or direct deal to protect: all their deals count as unprotected");
        }
        return notes;
    }

    /**
     * Splits a conflicted customer into its episodes: groups of deals linked by collisions (connected
     * components of the colliding pairs). Two collisions months apart at one account are two
     * conflicts, each with its own protection holder.
     */
    static List<ConflictRow> episodes(ConflictRow customer) {
        Map<String, String> parent = new HashMap<>();
        customer.deals().forEach(d -> parent.put(d.id(), d.id()));
        for (PairRow p : customer.pairs()) {
            parent.put(root(parent, p.a()), root(parent, p.b()));
        }
        Map<String, List<DealRow>> deals = new TreeMap<>();
        customer.deals().forEach(d -> deals.computeIfAbsent(root(parent, d.id()), k -> new ArrayList<>()).add(d));
        Map<String, List<PairRow>> pairs = new TreeMap<>();
        customer.pairs().forEach(p -> pairs.computeIfAbsent(root(parent, p.a()), k -> new ArrayList<>()).add(p));
        return pairs.entrySet().stream().map(e -> new ConflictRow(customer.customerId(), customer.customerName(), customer.industry(),
                customer.region(), e.getValue(), deals.get(e.getKey()))).toList();
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** One conflict (an episode at one customer): kinds, protection and its deals. */
    static ChannelConflict conflict(ConflictRow c) {
        List<ConflictKind> kinds = c.pairs().stream().map(p -> ConflictKind.valueOf(p.kind())).distinct().sorted().toList();
        Protection protection = protection(c.deals());
        Set<String> protectedIds = new HashSet<>();
        for (DealRow d : c.deals()) {
            boolean holds = switch (protection.side()) {
                case PARTNER -> d.registrations().stream().anyMatch(r -> r.partnerId().equals(protection.partnerId()));
                case DIRECT -> d.direct();
                case NONE -> false;
            };
            if (holds) {
                protectedIds.add(d.id());
            }
        }
        List<ConflictDeal> deals = c.deals().stream()
                .sorted(Comparator.comparing(DealRow::createdOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DealRow::id))
                .map(d -> new ConflictDeal(d.id(), StoredValues.enumOf(DealSource.class, d.source()), d.amount(),
                        StoredValues.enumOf(DealOutcome.class, d.outcome()),
                        d.createdOn(), d.closedOn(), protectedIds.contains(d.id()), d.registrations().stream().map(r -> new Registration(
                                r.partnerId(), r.partnerName(), StoredValues.enumOf(DealRole.class, r.role()), r.registeredOn(),
                                StoredValues.enumOf(RegistrationStage.class, r.stage()), qualified(r))).toList()))
                .toList();
        return new ChannelConflict(c.customerId(), c.customerName(), c.industry(), c.region(), kinds.getFirst(), kinds,
                deals.stream().mapToDouble(ConflictDeal::amount).sum(), protection, deals);
    }

    /**
     * The earliest qualified registration among the colliding deals holds protection, against other
     * partners and against our direct team alike (that is what deal registration promises); ties go
     * to the earlier stage, then the lower ids so the answer is stable. Without any qualified
     * registration nobody earned protection, and the account stays with the direct deal if there is
     * one (the earliest).
     */
    static Protection protection(List<DealRow> deals) {
        record Claim(LocalDate on, int stage, String partnerId, String partnerName, String dealId, RegistrationStage st) {
        }
        List<Claim> registrations = new ArrayList<>();
        for (DealRow d : deals) {
            for (RegistrationRow r : d.registrations()) {
                if (qualified(r)) {
                    RegistrationStage stage = StoredValues.enumOf(RegistrationStage.class, r.stage());
                    registrations.add(new Claim(r.registeredOn(), stage.ordinal(), r.partnerId(), r.partnerName(), d.id(), stage));
                }
            }
        }
        Optional<Protection> partner = registrations.stream()
                .min(Comparator.comparing(Claim::on).thenComparingInt(Claim::stage).thenComparing(Claim::partnerId)
                        .thenComparing(Claim::dealId))
                .map(c -> new Protection(ProtectionSide.PARTNER, c.partnerId(), c.partnerName(), c.dealId(), c.on(), c.st(),
                        "earliest qualified registration (" + StoredValues.lower(c.st()) + " on " + c.on() + ")"));
        return partner.or(() -> deals.stream().filter(d -> d.direct() && d.createdOn() != null)
                .min(Comparator.comparing(DealRow::createdOn).thenComparing(DealRow::id))
                .map(d -> new Protection(ProtectionSide.DIRECT, null, null, d.id(), d.createdOn(), null,
                        "no qualified registration: the direct deal created on " + d.createdOn() + " keeps the account")))
                .orElse(new Protection(ProtectionSide.NONE, null, null, null, null, null,
                        "no qualified registration (before_contact or after_first_meeting) and no direct deal: nobody holds protection"));
    }

    private static boolean qualified(RegistrationRow r) {
        RegistrationStage stage = StoredValues.enumOf(RegistrationStage.class, r.stage());
        return r.registeredOn() != null && stage != null && QUALIFIED.contains(stage);
    }

    private static SideOutcome side(List<ConflictDeal> deals) {
        long won = deals.stream().filter(d -> d.outcome() == DealOutcome.WON).count();
        long lost = deals.stream().filter(d -> d.outcome() == DealOutcome.LOST).count();
        return new SideOutcome(deals.size(), won, lost, deals.size() - won - lost, deals.stream().mapToDouble(ConflictDeal::amount).sum(),
                deals.stream().filter(d -> d.outcome() == DealOutcome.WON).mapToDouble(ConflictDeal::amount).sum(),
                Statistics.rate(won, won + lost, Limits.MIN_CLOSED_DEALS));
    }
}
