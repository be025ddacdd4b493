package fr.nouage.project;

import static fr.nouage.platform.DateFormats.PARIS;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.project.internal.EvaluationRepository;
import fr.nouage.project.internal.ProjectRepository;

/**
 * The co-évaluation of a project: indicators with target and value reached, what each collectivité
 * put in (time, money) and got back, which is unlikely to be equal, and the closing review.
 */
@Service
public class Evaluations {

    static final int NAME_MAX = 300;
    static final int UNIT_MAX = 50;
    static final BigDecimal MAX_DAYS = BigDecimal.valueOf(100_000);

    private final EvaluationRepository evaluations;
    private final ProjectRepository rows;
    private final Projects projects;
    private final Clock clock;

    Evaluations(EvaluationRepository evaluations, ProjectRepository rows, Projects projects, Clock clock) {
        this.evaluations = evaluations;
        this.rows = rows;
        this.projects = projects;
        this.clock = clock;
    }

    /** @throws ProjectException FORBIDDEN for a user who does not steer the project; INVALID naming the problem */
    @Transactional
    public void addIndicator(long projectId, String name, String unit, String target, String actual, NouageUser user) {
        Project project = projects.steered(projectId, user);
        evaluations.addIndicator(projectId, Texts.required(name, NAME_MAX, "evaluation.error.name"),
                Texts.optional(unit, UNIT_MAX, "evaluation.error.unit"), number(target), number(actual));
        projects.changed(project, "evaluation.change.indicator", user);
    }

    /**
     * Records what a collectivité involved put in and got back.
     *
     * @throws ProjectException FORBIDDEN for a user who may not answer for it; INVALID for a collectivité
     *                          not involved, negative time or an amount that is not in euros and cents
     */
    @Transactional
    public void recordContribution(long projectId, String siren, String days, String money, String benefit,
            String benefitAmount, NouageUser user) {
        Project project = projects.require(projectId);
        if (!ProjectAccess.mayAnswerFor(user, project, String.valueOf(siren))) {
            throw new ProjectException(Reason.FORBIDDEN, "project.error.steer");
        }
        if (!project.members().contains(siren)) {
            throw new ProjectException(Reason.INVALID, "evaluation.error.member");
        }
        BigDecimal given = days == null || days.isBlank() ? BigDecimal.ZERO : number(days);
        if (given.signum() < 0 || given.compareTo(MAX_DAYS) > 0) {
            throw new ProjectException(Reason.INVALID, "evaluation.error.days");
        }
        long moneyCents = money == null || money.isBlank() ? 0 : Amounts.cents(money);
        long benefitCents = benefitAmount == null || benefitAmount.isBlank() ? 0 : Amounts.cents(benefitAmount);
        evaluations.saveContribution(projectId, new Contribution(siren, given, moneyCents,
                Texts.optional(benefit, Projects.SHORT_MAX, "evaluation.error.benefit"), benefitCents));
        projects.changed(project, "evaluation.change.contribution", user);
    }

    /** Records the closing review the collective made of the project. */
    @Transactional
    public void close(long projectId, String review, NouageUser user) {
        Project project = projects.steered(projectId, user);
        rows.close(projectId, Texts.required(review, Projects.TEXT_MAX, "evaluation.error.review"),
                LocalDate.now(clock.withZone(PARIS)));
        projects.changed(project, "evaluation.change.closed", user);
    }

    public List<Indicator> indicators(long projectId) {
        return evaluations.indicators(projectId);
    }

    public List<Contribution> contributions(long projectId) {
        return evaluations.contributions(projectId);
    }

    private static BigDecimal number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(typed.strip().replace(',', '.').replace(" ", ""));
            if (value.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
                throw new ProjectException(Reason.INVALID, "evaluation.error.number");
            }
            return value.setScale(Math.min(2, Math.max(0, value.scale())), java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new ProjectException(Reason.INVALID, "evaluation.error.number");
        }
    }
}
