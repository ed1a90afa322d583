//! The catalogue change's strings in this language (they travel with the editions part).

use crate::i18n::editions::EdText;

pub const TEXT: EdText = EdText {
    ed_heading: "Changement de catalogue",
    ed_intro: |from, to| {
        format!("Cette évaluation a été faite avec le catalogue {from}. Le catalogue utilisé est {to}. Rien ne change tant que vous n’appliquez pas le changement. Vérifiez d’abord où va chaque réponse.")
    },
    ed_old_unknown: "Cette application n’a pas le catalogue avec lequel l’évaluation a été faite. Aucun identifiant de service n’est donc sûr. Chaque réponse sur un service de même identifiant attend votre vérification.",
    ed_mapped: "Le catalogue indique le lien entre ses services et les anciens (une correspondance). Le tableau la suit.",
    ed_bad_mapping: |detail| {
        format!("Une correspondance du fichier de catalogue n’est pas utilisée, car elle contient une erreur. {detail}")
    },
    ed_summary: |kept, review, aside| {
        format!("Réponses qui gardent leur service\u{202f}: {kept}. Réponses à vérifier\u{202f}: {review}. Réponses mises à part\u{202f}: {aside}.")
    },
    ed_nothing_touched: "Aucune réponse ne change de service.",
    ed_col_before: "Ancien catalogue",
    ed_col_answer: "Réponse",
    ed_col_after: "Catalogue utilisé",
    ed_renamed: "Même service, nouveau titre",
    ed_moved: "Même service, nouvel identifiant",
    ed_same: "Même service",
    ed_aside: "Mise à part. Ce service n’est pas dans le catalogue utilisé.",
    ed_review_for_none: "Aucun service proposé",
    ed_to_review: "À vérifier",
    ed_apply: "Appliquer le changement",
    ed_apply_help: "Une copie de secours de l’évaluation est d’abord enregistrée. Les réponses à vérifier ne sont prises en compte dans aucun chiffre tant que vous ne les confirmez pas.",
    ed_not_now: "Plus tard",
    ed_review_heading: "Réponses à vérifier",
    ed_review_intro: "Ces réponses ont été saisies avec un autre catalogue. Le service auquel elles correspondent n’est pas sûr. Elles ne sont prises en compte dans aucun chiffre tant que vous ne les confirmez pas pour un service.",
    ed_given_to: |service, catalogue| format!("Donnée pour {service} dans le catalogue {catalogue}"),
    ed_proposed: "Service proposé",
    ed_why: "Raison",
    ed_service_label: "Confirmer pour ce service",
    ed_no_service: "Choisir un service",
    ed_confirm: "Confirmer",
    ed_answered_already: "Ce service a déjà une réponse. Choisissez un autre service, ou effacez d’abord cette réponse.",
    ed_none_left: "Aucune réponse n’attend de vérification.",
    ed_title_unknown: "titre inconnu",
    ed_why_provisional_id: "Seul l’identifiant correspond, et il est provisoire dans l’un des catalogues.",
    ed_why_renamed: "Le service a un nouveau titre, et ce titre est provisoire.",
    ed_why_moved: "Le service a un nouvel identifiant, et son titre est provisoire.",
    ed_why_split: "Le service est devenu plusieurs services.",
    ed_why_merged: "Plusieurs services sont devenus un seul.",
    ed_why_removed: "Le service a été supprimé, et son identifiant désigne maintenant un autre service.",
};
