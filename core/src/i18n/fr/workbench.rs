//! The coordinator workbench's strings in this language (they travel with the workbench part).

use crate::i18n::workbench::{WbMore, WbText};

pub const TEXT: WbText = WbText {
    wb_heading: "Consolidation des retours",
    wb_intro: "Déposez les fichiers renvoyés par les organisations : données d’évaluation (JSON) et rapports de synthèse (HTML), mélangés ou non, autant que vous en avez. Ils sont lus dans ce navigateur seulement : rien n’est envoyé, et vos propres évaluations ne changent pas.",
    wb_pick: "Choisir les fichiers renvoyés",
    wb_reading: "Lecture des fichiers…",
    wb_intake_heading: "Fichiers reçus",
    wb_col_file: "Fichier",
    wb_col_status: "État",
    wb_col_findings: "Constats",
    wb_col_leave_out: "Écarter",
    wb_status_counted: "Compté",
    wb_status_refused: "Non compté",
    wb_status_left_out: "Écarté",
    wb_counted,
    wb_settings_heading: "Réglages",
    wb_k_label: "Plus petit groupe affiché (k)",
    wb_k_help: "Un chiffre qui repose sur moins de k organisations n’est pas affiché, ici et dans chaque fichier. k vaut au moins 3.",
    wb_group_label: "Regrouper par",
    wb_group_all: "Toutes les organisations",
    wb_group_not_given: "Non renseigné",
    wb_picture_heading: "Vue d’ensemble",
    wb_organisations: "Organisations comptées",
    wb_suppressed_note,
    wb_hidden_groups,
    wb_too_few,
    wb_col_service: "Service",
    wb_col_needed: "Nécessaire",
    wb_col_not_needed: "Non nécessaire",
    wb_col_unanswered: "Sans réponse",
    wb_col_missing: "Manquant",
    wb_col_total: "Total",
    wb_services_heading: "Par service (organisations)",
    wb_categories_heading: "Par catégorie (réponses de toutes les organisations)",
    wb_categories_unit: "Les nombres par catégorie sont des réponses : une par organisation et par service.",
    wb_current_heading: "Niveau actuel",
    wb_target_heading: "Niveau cible",
    wb_gap_heading: "Écart au niveau cible",
    wb_delivery_heading: "Mode de fourniture",
    wb_missing_heading: "Services le plus souvent manquants (nécessaires, mais pas encore fournis ou au niveau 0)",
    wb_heatmap_heading: "Niveaux actuels, service par service",
    wb_downloads_heading: "Fichiers de la consolidation",
    wb_download_html: "Rapport consolidé (HTML)",
    wb_download_services_csv: "Par service (CSV)",
    wb_download_categories_csv: "Par catégorie (CSV)",
    wb_download_json: "Données consolidées (JSON)",
    wb_report_title: "Consolidation des auto-évaluations renvoyées",
    wb_report_privacy: "Chaque chiffre repose sur aucune organisation ou sur au moins k d’entre elles. Les noms des organisations et des évaluations, les évaluateurs, les responsables, les éléments de preuve, les remarques et les raisons ne figurent pas dans ce rapport.",
    wb_reason_unreadable: "Ce n’est pas un fichier d’évaluation : il ne se lit ni comme données d’évaluation (JSON) ni comme rapport de synthèse (HTML) de cette application.",
    wb_reason_invalid_data: "Les données d’évaluation de ce fichier ne sont pas valides.",
    wb_reason_other_catalogue: "Fait avec un autre catalogue : non compté.",
    wb_reason_other_version: "Fait avec une autre version du catalogue : non compté.",
    wb_reason_no_answers: "Aucune réponse pour un service du catalogue.",
    wb_reason_same_content: "Même contenu qu’un fichier précédent : compté une fois.",
    wb_reason_older_copy: "Même évaluation qu’un fichier modifié plus tard : seul le plus récent est compté.",
    wb_reason_level_not_needed: "Un niveau est donné à un service marqué non nécessaire ; il n’est pas compté.",
    wb_reason_target_below: "Un niveau cible est inférieur au niveau actuel.",
    wb_reason_no_delivery: "Un service marqué nécessaire n’a pas de réponse sur le mode de fourniture.",
    wb_reason_all_identical: "Tous les services nécessaires ont le même mode de fourniture et le même niveau actuel : vérifiez le fichier avec son expéditeur.",
    wb_reason_moved_version: "Fait avec une version antérieure du catalogue. Ses réponses ont été déplacées vers cette version. Les réponses listées attendent une vérification dans la nouvelle version et ne sont pas comptées.",
    wb_reason_sealed: "Chiffré pour l’organisateur\u{202f}: chargez la clé privée de l’organisateur pour l’ouvrir.",
    wb_reason_wrong_key: "La clé privée chargée ne peut pas ouvrir ce fichier\u{202f}: il a été chiffré pour une autre clé.",
    wb_reason_tampered: "Ce fichier chiffré a été modifié ou abîmé après sa création\u{202f}: refusé.",
    wb_key_heading: "Contributions chiffrées",
    wb_key_help: "Les contributions à une campagne qui a une clé publique sont chiffrées. Chargez la clé privée de l’organisateur (fichier JWK) pour les ouvrir. La clé reste dans cet onglet du navigateur, en mémoire seulement\u{202f}: elle n’est pas enregistrée et elle est oubliée quand vous quittez la consolidation.",
    wb_key_pick: "Charger la clé privée",
    wb_key_loaded: "Clé privée chargée (en mémoire seulement).",
    wb_key_refused: "Ce fichier n’est pas une clé privée RSA pour RSA-OAEP (JWK).",
    wb_key_forget: "Oublier la clé privée",    wb_org_heading: "Créer un fichier de campagne",
    wb_org_help: "Pour l’organisateur\u{202f}: écrivez ce que l’on demande à chaque organisation, puis téléchargez le fichier de campagne pour le leur donner ou l’indiquer dans votre page web (data-campaign). Les textes sont dans la langue de cette page.",
    wb_org_id: "Identifiant de la campagne (lettres minuscules, chiffres, - ou _)",
    wb_org_name: "Nom de la campagne",
    wb_org_organiser: "Organisateur",
    wb_org_consent: "Déclaration de consentement",
    wb_org_deadline: "Date limite",
    wb_org_scope: "Catégories concernées",
    wb_org_sectors: "Secteurs (un par ligne)",
    wb_org_sizes: "Tranches d’effectif (une par ligne)",
    wb_org_regions: "Régions (une par ligne)",
    wb_org_region_label: "Région",
    wb_org_type: "Demander le type d’évaluation",
    wb_org_type_label: "Type d’évaluation",
    wb_org_type_self: "Auto-évaluation",
    wb_org_type_peer: "Revue par les pairs",
    wb_org_type_third: "Tierce partie",
    wb_org_asks: "Demander aussi (chaque élément seulement si le participant l’accepte)",
    wb_org_encrypt: "Chiffrer les contributions pour moi (crée une paire de clés dans ce navigateur)",
    wb_org_make: "Créer le fichier de campagne",
    wb_org_refused: "Le fichier de campagne ne peut pas être créé\u{202f}:",
    wb_org_made: "Le fichier de campagne est téléchargé.",
    wb_org_key_warning: "Téléchargez votre clé privée maintenant. C’est la seule fois\u{202f}: elle n’est enregistrée nulle part et ne peut pas être récupérée. Sans elle, aucune contribution à cette campagne ne peut être ouverte. Gardez-la en lieu sûr et ne la donnez à personne.",
    wb_org_key_download: "Télécharger la clé privée (une seule fois)",
    wb_org_key_done: "La clé privée est téléchargée. Cette page l’a oubliée.",
    more: &MORE,
};

pub const MORE: WbMore = WbMore {
    wb_this_round_heading: "Cette campagne",
    wb_last_round_heading: "Campagne précédente (pour comparer)",
    wb_last_round_intro: "Pour voir ce qui a changé, ajoutez ici les fichiers de la campagne précédente. Seules les organisations présentes dans les deux campagnes sont comparées.",
    wb_pick_last: "Choisir les fichiers de la campagne précédente",
    wb_round_last: "Campagne précédente",
    wb_round_this: "Cette campagne",
    wb_group_round: "Campagne",
    wb_changes_heading: "Ce qui a changé depuis la campagne précédente",
    wb_changes_unit: "Seules les organisations présentes dans les deux campagnes comptent. Par service, un nombre est un nombre d’organisations\u{202f}; par catégorie, une réponse par organisation et par service.",
    wb_match_by_name: "Associer aussi par nom d’organisation les fichiers sans identifiant",
    wb_match_by_name_help: "Les fichiers antérieurs au schéma 2 n’ont pas d’identifiant. Cochez seulement si chaque organisation a écrit son nom de la même façon dans les deux campagnes (majuscules et espaces en trop ne comptent pas).",
    wb_matched: "Organisations présentes dans les deux campagnes",
    wb_matched_by_uid: "Associées par identifiant",
    wb_matched_by_name: "Associées par nom d’organisation",
    wb_unmatched_last: "Campagne précédente, non associées",
    wb_unmatched_this: "Cette campagne, non associées",
    wb_changes_too_few,
    wb_changes_levels_heading: "Niveau actuel, campagne précédente et cette campagne",
    wb_changes_moves_heading: "Niveau en hausse, égal, en baisse",
    wb_col_up: "En hausse",
    wb_col_same: "Égal",
    wb_col_down: "En baisse",
    wb_col_newly_needed: "Devenu nécessaire",
    wb_col_no_longer_needed: "Plus nécessaire",
    wb_col_delivery_same: "Même mode de fourniture",
    wb_col_delivery_changed: "Autre changement de mode de fourniture",
    wb_col_delivery_started: "Désormais fourni",
    wb_download_changes_csv: "Changements (CSV)",
    wb_yah_heading: "Rapport «\u{202f}Vous êtes ici\u{202f}»",
    wb_yah_intro: "Un rapport pour une organisation\u{202f}: ses propres niveaux placés sur les chiffres de toutes les organisations. Il ne montre aucune réponse d’une autre organisation.",
    wb_yah_choose: "Fichier de l’organisation",
    wb_yah_download: "Télécharger le rapport (HTML)",
    wb_yah_title: "Votre organisation parmi toutes les organisations",
    wb_yah_note: "Vos propres réponses sont marquées ●. Les autres chiffres comptent toutes les organisations ensemble.",
    wb_yah_yours: "Vos réponses",
    wb_yah_your_current: "Votre niveau actuel",
    wb_yah_your_target: "Votre niveau cible",
    wb_yah_all_heading: "Toutes les organisations\u{202f}: niveau actuel",
    wb_yah_marker: "● votre niveau",
    wb_pick_folder: "Choisir un dossier",
    wb_skipped,
    wb_progress,
    wb_cancel: "Annuler",
    wb_cancelled,
    wb_box_heading: "Quartiles par catégorie",
    wb_box_help: "Une boîte n’est dessinée que si chaque partie de sa distribution est affichée. Plus bas et plus haut\u{202f}: le niveau le plus bas et le plus haut donnés\u{202f}; la boîte va du premier quartile (Q1) au troisième (Q3), avec la médiane à l’intérieur.",
    wb_col_lowest: "Plus bas",
    wb_col_q1: "Q1",
    wb_col_median: "Médiane",
    wb_col_q3: "Q3",
    wb_col_highest: "Plus haut",
    wb_rows_shown: |shown, total| format!("Fichiers listés\u{202f}: {shown} sur {total}. Les chiffres comptent tous les fichiers."),
    wb_show_all_rows: "Lister tous les fichiers",
};

fn wb_counted(n: usize, total: usize) -> String {
    if n <= 1 {
        format!("{n} fichier compté sur {total}")
    } else {
        format!("{n} fichiers comptés sur {total}")
    }
}

fn wb_suppressed_note(k: u32) -> String {
    format!("«\u{202f}<{k}\u{202f}»\u{202f}: repose sur moins de {k} organisations, donc non affiché.")
}

fn wb_hidden_groups(n: u32, k: u32) -> String {
    if n <= 1 {
        format!("{n} groupe de moins de {k} organisations n’est pas affiché.")
    } else {
        format!("{n} groupes de moins de {k} organisations ne sont pas affichés.")
    }
}

fn wb_too_few(k: u32) -> String {
    format!("Moins de {k} organisations sont comptées\u{202f}: aucun chiffre n’est affiché.")
}

fn wb_changes_too_few(k: u32) -> String {
    format!(
        "Moins de {k} organisations sont présentes dans les deux campagnes\u{202f}: aucun changement n’est affiché."
    )
}

fn wb_skipped(n: usize) -> String {
    if n <= 1 {
        format!("{n} fichier du dossier n’est ni .json ni .html et est laissé de côté\u{202f}:")
    } else {
        format!("{n} fichiers du dossier ne sont ni .json ni .html et sont laissés de côté\u{202f}:")
    }
}

fn wb_progress(done: usize, total: usize) -> String {
    format!("Vérification des fichiers\u{202f}: {done} sur {total}")
}

fn wb_cancelled(done: usize, total: usize) -> String {
    if done <= 1 {
        format!("Arrêté\u{202f}: {done} fichier lu sur {total}\u{202f}; les autres ne sont pas comptés.")
    } else {
        format!("Arrêté\u{202f}: {done} fichiers lus sur {total}\u{202f}; les autres ne sont pas comptés.")
    }
}
