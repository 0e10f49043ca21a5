//! The value calculation page: settings (investment, discount rate), valued outcomes with their
//! estimates and basis, the result per year with present value and ratio, the sensitivity
//! table ("what makes the ratio 1:1?") and the warning never to compare ratios between
//! organisations.

use super::{back, id_of};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render};
use crate::theories::{fields, theory_id};
use app::AppError;
use app::impact::values::{ESTIMATES, ValueView, valued};
use app::theories::TheoryView;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Locale;
use domain::impact::value::{BreakEven, Estimate, cents};
use domain::impact::value_input::{OutcomeValueInput, SettingsInput};

/// The outcome form's fields.
const OUTCOME_FIELDS: [&str; 10] = [
    "name",
    "quantity",
    "proxy",
    "proxy_source",
    "deadweight",
    "displacement",
    "attribution",
    "drop_off",
    "duration",
    "basis",
];

/// An amount in euros to the cent, as Dutch or English readers write it.
pub(crate) fn money(amount: f64, locale: Locale) -> String {
    let text = format!("{:.2}", cents(amount).abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, "00"));
    let digits: Vec<char> = whole.chars().collect();
    let (group, decimal) = match locale {
        Locale::Nl => ('.', ','),
        _ => (',', '.'),
    };
    let mut grouped = String::new();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(group);
        }
        grouped.push(*d);
    }
    let sign = if amount < -0.005 { "−" } else { "" };
    format!("{sign}€ {grouped}{decimal}{fraction}")
}

/// A number with two decimals in the reader's format.
fn decimal(n: f64, locale: Locale) -> String {
    let text = format!("{:.2}", cents(n));
    match locale {
        Locale::Nl => text.replace('.', ","),
        _ => text,
    }
}

/// A number with as many decimals as it has (up to six), for a form field that is saved again.
fn exact(n: f64, locale: Locale) -> String {
    let text = format!("{n:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    match locale {
        Locale::Nl => text.replace('.', ","),
        _ => text.to_owned(),
    }
}

/// A social return ratio, "1,24 : 1".
pub(crate) fn ratio(r: f64, locale: Locale) -> String {
    format!("{} : 1", decimal(r, locale))
}

/// A share (0–1) as a percentage with one decimal.
pub(crate) fn percent(share: f64, locale: Locale) -> String {
    super::figure(share * 100.0, locale) + "%"
}

#[derive(Template)]
#[template(path = "impact/value.html")]
struct ValueTemplate {
    ctx: Ctx,
    view: TheoryView,
    value: ValueView,
    form: FormView,
    outcome_form: FormView,
}

impl ValueTemplate {
    fn money(&self, amount: &f64) -> String {
        money(*amount, self.ctx.locale)
    }

    fn pct(&self, share: &f64) -> String {
        percent(*share, self.ctx.locale)
    }

    fn number(&self, n: &f64) -> String {
        super::figure(*n, self.ctx.locale)
    }

    fn ratio(&self, r: &f64) -> String {
        ratio(*r, self.ctx.locale)
    }

    /// Per year: its number, the impact and that impact discounted to today.
    fn years(&self) -> Vec<(usize, String, String)> {
        let Some(result) = &self.value.result else {
            return Vec::new();
        };
        result
            .totals
            .iter()
            .zip(&result.discounted)
            .enumerate()
            .map(|(t, (v, d))| (t + 1, self.money(v), self.money(d)))
            .collect()
    }

    fn estimate_names(&self) -> Vec<String> {
        ESTIMATES
            .iter()
            .map(|e| {
                self.ctx
                    .t(&format!("impact-value-estimate-{}", estimate_code(*e)))
            })
            .collect()
    }

    /// Per outcome its name and per estimate "now → at 1:1".
    fn sensitivity(&self) -> Vec<(String, Vec<String>)> {
        let l = self.ctx.locale;
        self.value
            .outcomes
            .iter()
            .zip(&self.value.sensitivity)
            .map(|(o, row)| {
                let cells = ESTIMATES
                    .iter()
                    .zip(row)
                    .map(|(e, b)| {
                        let show = |x: f64| match e {
                            Estimate::Proxy => money(x, l),
                            Estimate::Quantity => super::figure(x, l),
                            _ => percent(x, l),
                        };
                        let now = show(valued(o).estimate(*e));
                        match b {
                            BreakEven::At(x) => format!("{now} → {}", show(*x)),
                            BreakEven::OutOfRange => {
                                format!("{now} → {}", self.ctx.t("impact-value-no-break-even"))
                            }
                        }
                    })
                    .collect();
                (o.name.clone(), cells)
            })
            .collect()
    }
}

/// The message-id part of an estimate.
pub(crate) fn estimate_code(e: Estimate) -> &'static str {
    match e {
        Estimate::Quantity => "quantity",
        Estimate::Proxy => "proxy",
        Estimate::Deadweight => "deadweight",
        Estimate::Displacement => "displacement",
        Estimate::Attribution => "attribution",
        Estimate::DropOff => "drop-off",
    }
}

async fn show(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    forms: (Option<FormView>, FormView),
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.impact_theory(user, id).await?;
    let value = state.app.value_calculation(user, id).await?;
    let form = forms.0.unwrap_or_else(|| {
        let l = ctx.locale;
        match &value.settings {
            Some(s) => FormView::new(l)
                .value_of("investment", &decimal(s.investment, l))
                .value_of("discount_rate", &exact(s.discount_rate * 100.0, l))
                .value_of("note", &s.note),
            None => FormView::new(l).value_of("discount_rate", &super::figure(3.5, l)),
        }
    });
    let template = ValueTemplate {
        view,
        value,
        form,
        outcome_form: forms.1,
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET …/impact/waarde`.
pub async fn page(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let outcome_form = FormView::new(ctx.locale).value_of("duration", "1");
    show(
        &state,
        ctx,
        theory_id(&segment)?,
        (None, outcome_form),
        StatusCode::OK,
    )
    .await
}

/// `POST …/impact/waarde`: the investment and discount rate.
pub async fn settings(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let input = SettingsInput {
        investment: get("investment"),
        discount_rate: get("discount_rate"),
        note: get("note"),
        english: ctx.locale == Locale::En,
    };
    match state.app.save_value_settings(user, id, &input).await {
        Ok(()) => Ok(back(&ctx, id, "/waarde", "flash-impact-saved")),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale)
                .value_of("investment", &input.investment)
                .value_of("discount_rate", &input.discount_rate)
                .value_of("note", &input.note)
                .errors(errors);
            let forms = (Some(form), FormView::new(ctx.locale));
            show(&state, ctx, id, forms, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/waarde/uitkomsten`: a valued outcome.
pub async fn add_outcome(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let input = OutcomeValueInput {
        name: get("name"),
        quantity: get("quantity"),
        proxy: get("proxy"),
        proxy_source: get("proxy_source"),
        deadweight: get("deadweight"),
        displacement: get("displacement"),
        attribution: get("attribution"),
        drop_off: get("drop_off"),
        duration: get("duration"),
        basis: get("basis"),
        english: ctx.locale == Locale::En,
    };
    match state.app.add_valued_outcome(user, id, &input).await {
        Ok(_) => Ok(back(&ctx, id, "/waarde#result", "flash-impact-saved")),
        Err(AppError::Invalid(errors)) => {
            let mut form = FormView::new(ctx.locale);
            for name in OUTCOME_FIELDS {
                form = form.value_of(name, &get(name));
            }
            let forms = (None, form.errors(errors));
            show(&state, ctx, id, forms, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/waarde/uitkomsten/{oid}/verwijderen`.
pub async fn delete_outcome(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, oid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    state
        .app
        .delete_valued_outcome(user, id, id_of(&oid)?)
        .await?;
    Ok(back(&ctx, id, "/waarde", "flash-impact-deleted"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_written_as_readers_expect() {
        assert_eq!(money(24_739.123, Locale::Nl), "€ 24.739,12");
        assert_eq!(money(24_739.123, Locale::En), "€ 24,739.12");
        assert_eq!(money(-4_739.5, Locale::Nl), "−€ 4.739,50");
        assert_eq!(money(999.0, Locale::Nl), "€ 999,00");
        assert_eq!(percent(0.394, Locale::Nl), "39,4%");
        assert_eq!(decimal(1.2369, Locale::Nl), "1,24");
        assert_eq!(exact(3.25, Locale::Nl), "3,25");
        assert_eq!(exact(0.035 * 100.0, Locale::En), "3.5");
        assert_eq!(exact(20.0, Locale::Nl), "20");
    }
}
