//! Goal Attainment Scaling: per person 3–5 goals scored from −2 to +2 (0 is the expected
//! outcome), summarised in the Kiresuk–Sherman T-score, which is 50 when every goal is met
//! exactly as expected.

/// The assumed correlation between a person's goals.
pub const RHO: f64 = 0.3;

/// The T-score of goals as (weight, score) pairs; `None` without goals, with a score outside
/// −2…+2 or with a weight that is not positive.
pub fn t_score(goals: &[(f64, f64)]) -> Option<f64> {
    if goals.is_empty()
        || goals
            .iter()
            .any(|(w, x)| *w <= 0.0 || !(-2.0..=2.0).contains(x))
    {
        return None;
    }
    let weighted: f64 = goals.iter().map(|(w, x)| w * x).sum();
    let squares: f64 = goals.iter().map(|(w, _)| w * w).sum();
    let total: f64 = goals.iter().map(|(w, _)| w).sum();
    Some(50.0 + 10.0 * weighted / ((1.0 - RHO) * squares + RHO * total * total).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_outcomes_give_fifty() {
        assert_eq!(t_score(&[(1.0, 0.0), (1.0, 0.0), (1.0, 0.0)]), Some(50.0));
    }

    #[test]
    fn three_equal_goals_one_level_better_give_the_textbook_score() {
        // 50 + 10·3 / √(0.7·3 + 0.3·9) = 50 + 30 / √4.8 = 63.69
        let t = t_score(&[(1.0, 1.0), (1.0, 1.0), (1.0, 1.0)]).unwrap();
        assert!((t - 63.693).abs() < 0.001, "{t}");
    }

    #[test]
    fn bad_goals_give_no_score() {
        assert_eq!(t_score(&[]), None);
        assert_eq!(t_score(&[(1.0, 3.0)]), None);
        assert_eq!(t_score(&[(0.0, 1.0)]), None);
    }
}
