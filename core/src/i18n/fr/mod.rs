//! French.

pub(crate) mod campaign;
pub(crate) mod editions;
pub(crate) mod workbench;

use super::{LevelText, UiText};
use crate::error_text::ErrorText;

pub const TEXT: UiText = UiText {
    // Every screen: the header, the navigation between views, the language menu, parts being fetched, shared buttons.
    language_name: "Français",
    language_label: "Langue",
    app_title: "Auto-évaluation X.1060 du centre de cyberdéfense",
    app_tagline: "Découvrez de quels services de sécurité votre organisation a besoin, qui les fournit et quel est leur niveau de maturité.",
    skip_link: "Aller au contenu principal",
    nav_label: "Sections",
    nav_checklist: "Liste de contrôle",
    nav_results: "Résultats",
    nav_assessments: "Évaluations",
    nav_about: "À propos",
    nav_workbench: "Consolidation",
    nav_campaign: "Campagne",
    part_loading: "Chargement de cette partie de l’application…",
    part_failed: "Cette partie de l’application n’a pas pu être chargée. Vérifiez votre connexion, puis réessayez. Vos réponses sont enregistrées et rien n’est perdu.",
    part_retry: "Réessayer",
    cancel: "Annuler",
    dismiss: "Fermer",

    // Every screen: saving, notices, other tabs and backups of the open assessment (the status strip).
    status_saved: "Enregistré dans ce navigateur",
    status_saved_at,
    status_memory_only: "Non enregistré\u{202f}: conservé sur cette page uniquement",
    status_save_failed: "Dernière modification non enregistrée",
    notice_storage_unavailable: "Ce navigateur ne permet pas à l’application d’enregistrer des données ici (par exemple dans une fenêtre de navigation privée ou à l’intérieur d’un autre site). Vos réponses restent sur cette page jusqu’à sa fermeture. Téléchargez les données d’évaluation pour les conserver.",
    notice_quota: "L’espace de stockage du navigateur est plein, donc votre dernière modification n’a pas été enregistrée. Elle est toujours sur cette page, et la copie enregistrée précédente est intacte. Téléchargez maintenant les données d’évaluation.",
    notice_corrupt: "Les données enregistrées dans ce navigateur n’ont pas pu être lues. Elles ont été conservées sans modification, comme copie de secours, et l’application a démarré avec une évaluation vide. Vous pouvez télécharger les données endommagées pour les examiner.",
    notice_newer: "Des données enregistrées ont été créées par une version plus récente de cette application. Elles sont conservées sans modification et ne sont jamais écrasées. Là où elles s’affichent, elles sont en lecture seule\u{202f}: utilisez la version plus récente pour les modifier.",
    download_damaged: "Télécharger les données endommagées",
    notice_language_unavailable: "La langue choisie n’a pas pu être chargée, l’application reste donc dans cette langue. Vérifiez votre connexion, puis choisissez-la de nouveau. Vos réponses sont enregistrées.",
    notice_replace_refused: "Aucune copie de secours de l’évaluation ouverte n’a pu être faite, donc le fichier ne l’a pas remplacée. Rien n’a été modifié. Ouvrez plutôt le fichier comme nouvelle évaluation.",
    notice_catalogue_newer: "Le catalogue enregistré dans ce navigateur a été créé par une version plus récente de cette application. Il est conservé sans modification, et le catalogue intégré est utilisé.",
    notice_prefs_corrupt: "Vos réglages enregistrés, comme la langue, n’ont pas pu être lus. Ils ont été conservés comme copie de secours, et les réglages habituels sont utilisés.",
    notice_prefs_newer: "Vos réglages ont été enregistrés par une version plus récente de cette application. Ils sont conservés sans modification. Les changements faits ici, comme la langue, ne sont pas enregistrés.",
    notice_catalogue_corrupt: "Le catalogue enregistré dans ce navigateur est illisible. Il a été conservé comme copie de secours, et le catalogue intégré est utilisé.",
    notice_catalogue_remote: "Le fichier de catalogue indiqué par ce site n’a pas pu être chargé\u{202f}; le catalogue intégré est utilisé.",
    notice_campaign_remote: "Le fichier de campagne indiqué par ce site n’a pas pu être chargé.",
    categories_unknown,
    ui_fallback,
    read_only_note: "Cette évaluation est en lecture seule\u{202f}: elle a été enregistrée par une version plus récente de l’application. Vous pouvez la lire et la télécharger, mais pas la modifier ici.",
    persisted_no: "Le navigateur peut effacer ces données s’il manque de place ou après des semaines sans visite. Téléchargez une copie de temps en temps.",
    backup_never: "Pas encore téléchargée",
    backup_last,
    backup_reminder: "Vous avez modifié beaucoup de réponses depuis le dernier téléchargement. Téléchargez les données d’évaluation pour en garder une copie hors de ce navigateur.",
    conflict_heading: "Cette évaluation a aussi été modifiée dans un autre onglet",
    conflict_help,
    keep_mine: "Garder ma version",
    take_theirs: "Prendre la version de l’autre onglet",
    keep_both: "Garder les deux (la mienne en copie)",
    deleted_elsewhere: "Cette évaluation a été supprimée dans un autre onglet. Vous l’avez encore ici.",
    keep_it: "La garder",
    let_it_go: "L’abandonner",
    newer_elsewhere: "Un autre onglet a enregistré cette évaluation avec une version plus récente de l’application. Cet onglet ne peut plus l’enregistrer. Gardez votre version en copie, ou abandonnez-la.",
    info_updated: "Cette évaluation a été modifiée dans un autre onglet. La dernière version est affichée.",
    info_merged: "Les modifications faites dans un autre onglet ont été ajoutées à cette évaluation. Rien n’a été perdu.",
    info_added: "Une évaluation a été créée dans un autre onglet. Elle figure dans la liste des évaluations.",
    open_assessment_label: "Évaluation ouverte",
    catalogue_mismatch,
    edition_check: "Vérifier le changement",

    // Overview: introduction, profile, categories and progress.
    intro_heading: "De quoi s’agit-il\u{202f}?",
    intro_what: "La Recommandation UIT-T X.1060 est un cadre pour créer et faire fonctionner un centre de cyberdéfense (CDC). Un CDC est l’équipe de sécurité d’une organisation, quel que soit son nom\u{202f}: SOC, CSIRT ou autre. X.1060 énumère les services qu’un tel centre peut fournir, répartis en neuf catégories.",
    intro_how: "Pour chaque service, indiquez si votre organisation en a besoin. Si oui, indiquez qui le fournit et son niveau de maturité actuel, sur une échelle de 0 à 5. Vous pouvez aussi fixer un niveau cible et une priorité.",
    intro_get: "À tout moment, vous pouvez télécharger un rapport de synthèse pour la direction, ou un fichier de données pour continuer plus tard ou sur un autre ordinateur.",
    intro_privacy: "Tout reste dans ce navigateur. Rien n’est envoyé ailleurs. Chaque réponse est enregistrée immédiatement.",
    intro_method: "L’échelle des niveaux et les calculs suivent la méthode propre à cet outil, présentée de façon transparente. Ce n’est pas une note officielle X.1060.",
    intro_more: "Comment fonctionnent les niveaux et les modes de fourniture",
    levels_heading: "Niveaux",
    delivery_heading: "Mode de fourniture",
    delivery_help: "En interne\u{202f}: votre propre personnel fournit le service. Externalisé\u{202f}: un prestataire externe le fournit. Partagé\u{202f}: les deux. Pas encore fourni\u{202f}: personne ne le fournit aujourd’hui.",
    profile_heading: "Votre organisation",
    profile_hint: "Tous les champs sont facultatifs. Ils figurent dans le rapport.",
    profile_organisation: "Nom de l’organisation",
    profile_sector: "Secteur",
    profile_size: "Taille (effectif)",
    profile_country: "Pays",
    profile_assessor: "Évaluateur",
    profile_date: "Date de l’évaluation",
    categories_heading: "Catégories",
    progress_overall,
    progress_category,
    all_answered: "Tous les services ont une réponse. Vous pouvez télécharger votre rapport.",
    to_review_count,
    to_review_open: "Vérifier les réponses",

    // A category and its services.
    back_to_overview: "Toutes les catégories",
    previous_category: "Catégorie précédente",
    next_category: "Catégorie suivante",
    catnav_top: "Catégories, haut de page",
    catnav_bottom: "Catégories, bas de page",
    next_unanswered: "Aller au prochain service sans réponse",
    service_answered: "Avec réponse",
    service_unanswered: "Sans réponse",
    missing_delivery: "Reste à répondre : qui le fournit",
    missing_current: "Reste à répondre : niveau actuel",
    missing_delivery_current: "Reste à répondre : qui le fournit, niveau actuel",
    provisional_marker: "Titre provisoire",
    provisional_explain: "Nous n’avons pas encore pu vérifier ce titre dans le texte de la Recommandation. Il peut être différent du titre officiel.",
    need_legend: "Votre organisation a-t-elle besoin de ce service\u{202f}?",
    need_needed: "Nécessaire",
    need_not_needed: "Non nécessaire",
    reason_label: "Pourquoi n’est-il pas nécessaire\u{202f}? (facultatif)",
    delivery_legend: "Qui le fournit\u{202f}?",
    delivery_in_house: "En interne",
    delivery_outsourced: "Externalisé",
    delivery_shared: "Partagé (interne et externe)",
    delivery_not_yet: "Pas encore fourni",
    help_delivery_summary: "Que signifient ces choix\u{202f}?",
    current_legend: "Niveau actuel",
    help_levels_summary: "Que signifient les niveaux\u{202f}?",
    target_label: "Niveau cible",
    priority_label: "Priorité",
    priority_high: "Haute",
    priority_medium: "Moyenne",
    priority_low: "Basse",
    not_set: "Non défini",
    owner_label: "Responsable",
    evidence_label: "Éléments de preuve",
    note_label: "Remarque",
    more_details: "Cible, priorité, responsable, éléments de preuve et remarque",
    clear_service: "Effacer les réponses pour ce service",
    levels: [
        LevelText { name: "Non réalisé", meaning: "Le service n’existe pas." },
        LevelText { name: "Initial", meaning: "Réalisé de temps en temps. Dépend des personnes. Il n’y a pas de procédure." },
        LevelText { name: "Reproductible", meaning: "Réalisé régulièrement par un responsable identifié. La procédure est informelle." },
        LevelText { name: "Défini", meaning: "Il existe une procédure documentée, des rôles attribués et un personnel formé." },
        LevelText { name: "Géré", meaning: "Mesuré par rapport à des objectifs (indicateurs, niveaux de service) et revu." },
        LevelText { name: "Optimisé", meaning: "Amélioré en continu, à partir des mesures et des retours d’expérience." },
    ],

    // Results: figures, charts, improvement plan and downloads (the page and the summary report).
    decimal_separator: ',',
    list_separator: "\u{202f}; ",
    item_separator: ". ",
    label_value,
    ratio,
    percent,
    in_brackets,
    not_applicable: "Sans objet",
    not_applicable_short: "s.o.",
    overall_label: "Ensemble",
    how_calculated: "Comment est-ce calculé\u{202f}?",
    headline_heading: "Chiffres clés",
    eval_catalogue_heading: "Évaluation du catalogue de services\u{202f}: ce que couvre le centre",
    eval_profile_heading: "Évaluation du profil de services\u{202f}: maturité des services",
    eval_portfolio_heading: "Évaluation du portefeuille de services\u{202f}: qui fournit les services",
    plan_heading: "Plan d’amélioration",
    plan_empty: "Aucun service nécessaire n’a un niveau cible supérieur à son niveau actuel.",
    col_undecided: "Sans réponse",
    col_delivered: "Fournis",
    col_coverage: "Couverture",
    col_assessed: "Services nécessaires avec un niveau",
    col_avg_current: "Niveau actuel moyen",
    col_avg_target: "Niveau cible moyen",
    col_gap: "Écart moyen avec la cible",
    col_delivery_unanswered: "Mode de fourniture sans réponse",
    col_share_outsourced: "Part externalisée",
    col_share_shared: "Part en mode partagé",
    col_rank: "Rang",
    col_reason: "Raison (non nécessaire)",
    col_plan_count: "Services du plan d’amélioration",
    col_service_gap: "Écart",
    formula_needed: "Nombre de services marqués comme nécessaires.",
    formula_not_needed: "Nombre de services marqués comme non nécessaires.",
    formula_undecided: "Nombre de services encore sans réponse. Un service a une réponse quand il est marqué comme non nécessaire, ou quand il est nécessaire et qu’il a un mode de fourniture et un niveau actuel.",
    formula_delivered: "Nombre de services nécessaires fournis en interne, externalisés ou partagés.",
    formula_coverage: "Couverture = fournis ÷ nécessaires. Un service nécessaire qui n’est pas encore fourni, ou dont le mode de fourniture est sans réponse, compte comme non fourni.",
    formula_avg_current: "Moyenne des niveaux actuels des services nécessaires qui ont un niveau actuel.",
    formula_avg_target: "Moyenne des niveaux cibles des services nécessaires qui ont à la fois un niveau actuel et un niveau cible.",
    formula_gap: "Pour chaque service nécessaire qui a à la fois un niveau actuel et un niveau cible\u{202f}: la cible moins le niveau actuel, ou 0 si le niveau actuel atteint ou dépasse déjà la cible. Le chiffre est la moyenne de ces valeurs. Un service au-dessus de sa cible ne compense pas un autre service en dessous de la sienne.",
    formula_in_house: "Nombre de services nécessaires fournis par votre propre personnel.",
    formula_outsourced: "Nombre de services nécessaires fournis par un prestataire externe.",
    formula_shared: "Nombre de services nécessaires fournis en partie en interne et en partie par un prestataire externe.",
    formula_not_yet: "Nombre de services nécessaires que personne ne fournit encore.",
    formula_delivery_unanswered: "Nombre de services nécessaires sans réponse sur le mode de fourniture.",
    formula_share_outsourced: "Part externalisée = externalisés ÷ services nécessaires avec un mode de fourniture (en interne, externalisé, partagé ou pas encore fourni). Les services partagés ne comptent pas comme externalisés, même en partie\u{202f}: leur part est indiquée séparément.",
    formula_share_shared: "Part en mode partagé = partagés ÷ services nécessaires avec un mode de fourniture.",
    formula_plan: "Services nécessaires dont le niveau cible est supérieur au niveau actuel. Ils sont classés par priorité (haute d’abord, les services sans priorité en dernier), puis par écart (le plus grand d’abord), puis dans l’ordre du catalogue.",
    formula_overall: "Les chiffres d’ensemble comptent une fois chaque service du catalogue. Ce ne sont pas des moyennes des chiffres par catégorie.",
    formula_status: "Un chiffre qui ne peut pas être calculé n’est jamais affiché comme 0. «\u{202f}Sans objet\u{202f}»\u{202f}: tous les services de la catégorie sont marqués comme non nécessaires. «\u{202f}Sans réponse\u{202f}»\u{202f}: il n’y a pas encore assez de réponses. Les moyennes ne tiennent pas compte de ces catégories. Les réponses pour des services absents du catalogue ne sont pas comptées.",
    chart_radar_title: "Niveau actuel moyen et niveau cible moyen par catégorie",
    chart_radar_desc: "Graphique radar avec un axe par catégorie, du niveau 0 au centre au niveau 5 au bord. Trait plein avec des points\u{202f}: niveau actuel moyen. Trait en tirets avec des carrés\u{202f}: niveau cible moyen. Une catégorie sans valeur laisse un vide dans les traits.",
    chart_bars_title: "Qui fournit les services nécessaires, par catégorie",
    chart_bars_desc: "Une barre par catégorie. Sa longueur est le nombre de services nécessaires. Ses parties indiquent combien sont fournis en interne, partagés, externalisés, pas encore fournis, ou sans réponse sur le mode de fourniture.",
    legend_current: "Niveau actuel (moyenne)",
    legend_target: "Niveau cible (moyenne)",
    downloads_heading: "Téléchargement",
    downloads_intro: "Les fichiers sont créés dans votre navigateur. Rien n’est envoyé sur Internet.",
    download_json: "Données d’évaluation (JSON)",
    download_json_help: "Pour continuer plus tard, sur un autre ordinateur, ou pour garder une copie de secours.",
    download_html: "Rapport de synthèse (HTML)",
    download_html_help: "Pour lire, imprimer ou envoyer à la direction.",
    download_csv: "Tableur (CSV)",
    download_csv_help: "Une ligne par service, pour planifier les améliorations dans un tableur.",
    download_failed: "Le navigateur a refusé de créer le fichier.",
    redacted_notice: "Cette copie est partagée sans les informations identifiantes. Le nom de l’évaluation, le nom de l’organisation, l’évaluateur, ainsi que chaque responsable, élément de preuve, remarque et raison ont été supprimés.",
    redact_label: "Partager sans les informations identifiantes",
    redact_help: "Supprime le nom de l’évaluation, le nom de l’organisation et l’évaluateur, ainsi que le responsable, les éléments de preuve, la remarque et la raison de chaque service. Le secteur, la taille, le pays, la date et toutes les autres réponses sont conservés.",

    // Reports and files: what only the downloaded summary, CSV and comparison say.
    report_title: "Auto-évaluation CDC X.1060\u{202f}: synthèse",
    report_generated: "Date de création",
    report_progress: "Avancement",
    report_services: "Tous les services",
    report_method_note: "Les niveaux et les chiffres suivent la méthode propre à cet outil, documentée de façon transparente. Ce n’est pas une note officielle X.1060.",
    report_about_heading: "À propos de ce rapport",
    report_orphans_heading: "Réponses pour des services absents de ce catalogue",
    report_orphans_explain: "Ces réponses ont été saisies avec un autre catalogue. Elles sont conservées dans les données, mais elles ne sont prises en compte dans aucun chiffre.",
    col_category: "Catégorie",
    col_id: "Réf.",
    col_service: "Service",
    col_total: "Services",
    col_answered: "Avec réponse",
    col_needed: "Nécessaires",
    col_not_needed: "Non nécessaires",
    unanswered: "Sans réponse",
    catalogue_label: "Catalogue",
    method_version_label: "Version de la méthode",
    app_version_label: "Version de l’application",
    provenance_summary,
    privacy_footer: "Créé dans le navigateur. Aucune donnée n’a quitté cet ordinateur.",

    // Assessments: the list, opening a file, comparing two, backups kept in this browser.
    assessments_heading: "Vos évaluations",
    assessments_help: "Chaque évaluation est conservée dans ce navigateur. Pour commencer une nouvelle évaluation à partir d’une ancienne, dupliquez-la.",
    untitled: "Évaluation sans nom",
    open_now: "Ouverte",
    col_name: "Nom",
    col_last_change: "Dernière modification",
    col_state: "État",
    action_open: "Ouvrir",
    action_rename: "Renommer",
    action_save_name: "Enregistrer le nom",
    name_label: "Nom de l’évaluation",
    action_duplicate: "Dupliquer",
    copy_name_label: "Nom de la copie",
    action_make_copy: "Créer la copie",
    action_delete: "Supprimer",
    delete_confirm,
    deleted_heading: "Supprimées sur cette page",
    deleted_help: "Vous pouvez annuler une suppression tant que cette page reste ouverte.",
    action_undo: "Rétablir",
    replaced_label: "contenu avant son remplacement par un fichier",
    new_assessment: "Nouvelle évaluation",
    new_name_label: "Nom de la nouvelle évaluation (facultatif)",
    action_create: "Créer et ouvrir",
    state_saved: "Enregistrée",
    state_unsaved: "Pas encore enregistrée",
    state_blocked: "Modifiée dans un autre onglet\u{202f}: votre décision est nécessaire",
    state_newer: "Créée par une version plus récente de l’application\u{202f}: lecture seule",
    state_damaged: "Endommagée\u{202f}: conservée telle quelle en copie de secours",
    download_kept: "Télécharger les données conservées",
    import_heading: "Ouvrir un fichier",
    import_help: "Ouvrez un fichier de données d’évaluation (JSON) ou un rapport de synthèse (HTML) créé par cet outil. Rien dans le fichier n’est exécuté.",
    import_pick: "Choisir un fichier (JSON ou HTML)",
    import_preview_heading: "Fichier à ouvrir",
    import_open_new: "Ouvrir comme nouvelle évaluation",
    import_replace: "Remplacer l’évaluation ouverte",
    import_replace_help: "L’évaluation ouverte est d’abord conservée en copie de secours dans ce navigateur\u{202f}; vous pouvez annuler tant que la page reste ouverte.",
    import_refused: "Ce fichier n’a pas été ouvert. Rien n’a été modifié.",
    import_orphans,
    import_migrated: "Il a été converti depuis un format plus ancien.",
    import_kind_html: "Rapport de synthèse (HTML)",
    import_kind_json: "Données d’évaluation (JSON)",
    backups_heading: "Copies conservées dans ce navigateur",
    backups_help: "Les données illisibles et les évaluations telles qu’elles étaient avant leur remplacement par un fichier sont conservées ici sans modification. Téléchargez-en une pour l’examiner ou la rouvrir.",
    action_download: "Télécharger",
    compare_heading: "Comparer deux évaluations",
    compare_help: "Choisissez une évaluation antérieure et une plus récente, par exemple celle de l’an dernier et celle de cette année.",
    compare_show: "Comparer",
    compare_file_option: "Le fichier ouvert ci-dessus",
    compare_same: "Choisissez deux évaluations différentes.",
    compare_title: "Comparaison de deux évaluations",
    compare_sides_heading: "Les deux évaluations",
    compare_before: "Avant",
    compare_after: "Après",
    compare_change: "Évolution",
    compare_created: "Créée le",
    compare_last_change: "Dernière modification",
    compare_figures_heading: "Chiffres par catégorie",
    compare_services_heading: "Modifications par service",
    compare_unlisted_heading: "Services absents de ce catalogue",
    compare_no_changes: "Aucune réponse n’a changé.",
    compare_answer: "Réponse",
    compare_need: "Besoin",
    compare_added: "Nouvelle réponse",
    compare_removed: "Réponses effacées",
    compare_texts_changed: "Texte modifié",
    compare_catalogue_differs: "Les deux évaluations ont été faites avec des catalogues différents. Les services sont associés par identifiant.",
    compare_method_note: "Les chiffres suivent la méthode propre à cet outil\u{202f}; ce n’est pas une note officielle X.1060. Une évolution est le chiffre d’après moins celui d’avant, tels qu’affichés (arrondis à une décimale). Un chiffre sans objet ou sans réponse n’a pas d’évolution.",
    compare_change_count,
    download_compare: "Télécharger la comparaison (HTML)",
    download_compare_help: "Un seul fichier, qui s’ouvre dans tout navigateur et s’imprime bien.",

    // About: the edition, the method, and loading or restoring a catalogue file.
    about_heading: "À propos de cet outil et de son catalogue",
    about_edition: "Édition",
    about_source: "Source",
    about_method,
    about_privacy: "Cet outil fonctionne uniquement dans votre navigateur. Il n’envoie rien\u{202f}: pas de compte, pas de serveur, pas de mesure d’audience, pas de cookies.",
    about_provenance: "Fiabilité des titres",
    catalogue_builtin: "Catalogue intégré",
    catalogue_from_user: "Catalogue chargé depuis un fichier dans ce navigateur",
    catalogue_from_site: "Catalogue fourni par ce site web",
    catalogue_load_heading: "Utiliser un autre catalogue",
    catalogue_load_help: "Une organisation qui détient le texte officiel, une traduction ou une adaptation nationale peut charger son propre fichier de catalogue (JSON, même format que l’export ci-dessous). Les réponses sont associées par identifiant de service. Aucune réponse n’est perdue.",
    catalogue_pick: "Choisir un fichier de catalogue (JSON)",
    drop_hint: "Vous pouvez aussi déposer un fichier ici.",
    catalogue_export: "Télécharger le catalogue actuel (JSON)",
    catalogue_restore: "Revenir au catalogue intégré",
    catalogue_preview_heading: "Catalogue à charger",
    catalogue_counts,
    catalogue_languages: "Langues",
    catalogue_changes: "Différences avec le catalogue utilisé",
    catalogue_added: "Nouveaux services (affichés sans réponse)",
    catalogue_removed: "Services absents du nouveau catalogue (leurs réponses sont conservées)",
    catalogue_renamed: "Services renommés",
    catalogue_moved: "Services déplacés vers une autre catégorie",
    catalogue_no_changes: "Mêmes services et mêmes titres que le catalogue utilisé.",
    catalogue_use: "Utiliser ce catalogue",
    catalogue_refused: "Ce fichier n’a pas été chargé. Rien n’a été modifié.",
    catalogue_loaded: "Ce catalogue est maintenant utilisé et mémorisé dans ce navigateur.",
    cancel_load: "Ne pas charger",
    orphans_heading: "Réponses pour des services absents de ce catalogue",
    orphans_help: "Ces réponses sont conservées. Elles seront de nouveau prises en compte avec un catalogue qui contient ces services.",
    file_too_large,
    file_unreadable: "Le navigateur n’a pas pu lire ce fichier comme du texte.",
};

fn progress_overall(done: usize, total: usize) -> String {
    format!("Services avec réponse\u{202f}: {done} sur {total}")
}

fn progress_category(done: usize, total: usize) -> String {
    format!("Avec réponse\u{202f}: {done} sur {total}")
}

fn status_saved_at(time: &str) -> String {
    format!("Enregistré dans ce navigateur à {time}")
}

fn provenance_summary(confirmed: usize, provisional: usize, missing: usize) -> String {
    // French: 0 and 1 take the singular.
    let confirmed_text = if confirmed <= 1 { "titre de service confirmé" } else { "titres de services confirmés" };
    let provisional_text =
        if provisional <= 1 { "provisoire (pas encore vérifié" } else { "provisoires (pas encore vérifiés" };
    let missing_text =
        if missing <= 1 { "service de la Recommandation absent" } else { "services de la Recommandation absents" };
    format!(
        "{confirmed} {confirmed_text}, {provisional} {provisional_text} dans la Recommandation), {missing} {missing_text} de ce catalogue."
    )
}

fn label_value(label: &str, value: &str) -> String {
    format!("{label}\u{202f}: {value}")
}

fn ratio(part: usize, whole: usize, percent: u32) -> String {
    format!("{part} sur {whole} ({percent}\u{a0}%)")
}

fn percent(p: u32) -> String {
    format!("{p}\u{a0}%")
}

fn about_method(version: &str) -> String {
    format!("Les niveaux, ce qui compte comme «\u{202f}Avec réponse\u{202f}» et tous les chiffres suivent la méthode d’évaluation propre à cet outil, version {version}, publiée en toute transparence. Ce n’est pas une note officielle X.1060.")
}

fn catalogue_counts(categories: usize, services: usize, confirmed: usize, provisional: usize) -> String {
    // French: 0 and 1 take the singular.
    let plural = |n: usize, one: &'static str, many: &'static str| if n <= 1 { one } else { many };
    format!(
        "{categories} {}, {services} {} ({confirmed} {}, {provisional} {})",
        plural(categories, "catégorie", "catégories"),
        plural(services, "service", "services"),
        plural(confirmed, "titre confirmé", "titres confirmés"),
        plural(provisional, "provisoire", "provisoires")
    )
}

fn catalogue_mismatch(id: &str, version: &str) -> String {
    format!("Cette évaluation a été faite avec le catalogue {id} {version}, et non avec le catalogue utilisé. Vérifiez où vont ses réponses, puis appliquez le changement. D’ici là, les chiffres peuvent compter des réponses sur le mauvais service.")
}

fn to_review_count(n: usize) -> String {
    if n <= 1 {
        format!("{n} réponse saisie avec un autre catalogue attend votre vérification. Elle n’est prise en compte dans aucun chiffre tant que vous ne la confirmez pas.")
    } else {
        format!("{n} réponses saisies avec un autre catalogue attendent votre vérification. Elles ne sont prises en compte dans aucun chiffre tant que vous ne les confirmez pas.")
    }
}

fn ui_fallback(code: &str) -> String {
    format!("L’interface n’existe pas encore en «\u{202f}{code}\u{202f}»\u{202f}: elle est affichée en anglais. Les titres et descriptions des services sont en «\u{202f}{code}\u{202f}».")
}

fn file_too_large(kb: usize, limit_kb: usize) -> String {
    format!("Le fichier est trop volumineux ({kb}\u{a0}Ko). La limite est de {limit_kb}\u{a0}Ko. Il n’a pas été lu.")
}

fn compare_change_count(n: usize) -> String {
    if n <= 1 {
        format!("{n} service modifié")
    } else {
        format!("{n} services modifiés")
    }
}

fn delete_confirm(name: &str) -> String {
    format!("Supprimer «\u{202f}{name}\u{202f}»\u{202f}? Vous pourrez annuler tant que la page reste ouverte.")
}

fn import_orphans(n: usize) -> String {
    if n <= 1 {
        format!("{n} réponse concerne un service absent du catalogue utilisé. Elle est conservée et listée.")
    } else {
        format!("{n} réponses concernent des services absents du catalogue utilisé. Elles sont conservées et listées.")
    }
}

fn backup_last(when: &str) -> String {
    format!("Dernier téléchargement\u{202f}: {when}")
}

fn conflict_help(parts: &str) -> String {
    format!("Les deux onglets ont modifié les mêmes réponses différemment\u{202f}: {parts}. Les deux versions sont conservées jusqu’à votre choix.")
}

fn in_brackets(text: &str) -> String {
    format!(" ({text})")
}

// Hostile input and faults (issue 13).
fn categories_unknown(list: &str, all_shown: bool) -> String {
    let all = if all_shown { " Toutes les catégories sont affichées." } else { "" };
    format!("Cette page demande des catégories absentes du catalogue : {list}.{all}")
}

// Why a file was refused (`crate::error_text`). A technical part (a path, the parser's message)
// is written as it is; a field name of the file is quoted « format », as in English.
pub const ERRORS: ErrorText = ErrorText {
    technical: as_is,
    top_level: "le premier niveau du fichier",
    catalogue_too_large,
    utf16: "Le fichier est enregistré en texte UTF-16\u{202f}; UTF-8 est attendu. Enregistrez-le de nouveau en UTF-8.",
    catalogue_not_utf8,
    catalogue_syntax,
    not_a_catalogue,
    catalogue_newer,
    catalogue_invalid,
    import_empty: "Le fichier est vide.",
    import_too_large,
    import_not_utf8,
    import_unknown_kind,
    html_without_data,
    html_several_data,
    html_unclosed_data,
    import_unreadable,
    import_invalid,
    campaign_too_large,
    campaign_not_utf8: "Le fichier n’est pas un texte UTF-8. Enregistrez-le de nouveau en UTF-8.",
    campaign_not_json,
    not_a_campaign,
    campaign_newer,
    campaign_invalid,
    campaign_unusable,
    campaign_other_catalogue,
    campaign_other_version,
    campaign_unknown_category,
    json_syntax,
    json_too_deep,
    json_too_many,
    json_duplicate_key,
    not_ours_found,
    not_ours,
    no_schema,
    schema_not_a_number,
    newer_schema,
    unsupported_schema,
    field_problem,
};

fn as_is(s: &str) -> String {
    s.to_string()
}

fn catalogue_too_large(kb: usize, limit_kb: usize) -> String {
    format!("Le fichier est trop volumineux ({kb}\u{a0}Ko). Un fichier de catalogue ne peut pas dépasser {limit_kb}\u{a0}Ko.")
}

fn catalogue_not_utf8(offset: usize) -> String {
    format!("Le fichier n’est pas un texte UTF-8\u{202f}: l’octet à la position {offset} n’est pas valide.")
}

fn catalogue_syntax(detail: &str) -> String {
    format!("Le fichier n’est pas un catalogue valide\u{202f}: {detail}.")
}

fn not_a_catalogue(format: &str) -> String {
    format!("Ce n’est pas un fichier de catalogue X.1060 («\u{202f}format\u{202f}» doit valoir «\u{202f}{format}\u{202f}»).")
}

fn catalogue_newer(found: u32, reads: u32) -> String {
    format!("Ce catalogue utilise le schéma {found}\u{202f}; cette application lit le schéma {reads}. Utilisez une version plus récente de l’application.")
}

fn catalogue_invalid(at: &str, problem: &str) -> String {
    format!("Erreur dans le fichier de catalogue, à l’emplacement {at}\u{202f}: {problem}.")
}

fn import_too_large(kb: u64, limit_kb: u64) -> String {
    format!("Le fichier est trop volumineux ({kb}\u{a0}Ko)\u{202f}; la limite est de {limit_kb}\u{a0}Ko. Il n’a pas été lu.")
}

fn import_not_utf8(offset: usize) -> String {
    format!("Le fichier n’est pas un texte UTF-8\u{202f}: l’octet à la position {offset} n’est pas valide. Un fichier de données JSON ou un rapport de synthèse HTML de cette application est attendu.")
}

fn import_unknown_kind(start: &str) -> String {
    format!("Le fichier n’est ni du JSON ni du HTML\u{202f}: il commence par «\u{202f}{start}\u{202f}». Un fichier de données JSON ou un rapport de synthèse HTML de cette application est attendu.")
}

fn html_without_data(element: &str) -> String {
    format!("Ce fichier HTML ne contient pas de données d’évaluation\u{202f}: un rapport de synthèse de cette application est attendu, avec un élément {element}.")
}

fn html_several_data(count: usize) -> String {
    format!("Ce fichier HTML contient {count} éléments de données d’évaluation\u{202f}; un rapport de synthèse de cette application en a exactement un.")
}

fn html_unclosed_data(end_tag: &str) -> String {
    format!("Les données d’évaluation de ce fichier HTML sont coupées\u{202f}: la balise de fin {end_tag} manque.")
}

fn import_unreadable(part: &str) -> String {
    format!("Le fichier ne peut pas être lu\u{202f}: {part}.")
}

fn import_invalid(part: &str) -> String {
    format!("Les données d’évaluation ne sont pas valides\u{202f}: {part}.")
}

fn json_syntax(line: usize, column: usize, detail: &str) -> String {
    format!("JSON non valide à la ligne {line}, colonne {column}\u{202f}: {detail}")
}

fn json_too_deep(place: &str, max: usize) -> String {
    format!("{place}\u{202f}: imbrication de plus de {max} niveaux")
}

fn json_too_many(max: usize) -> String {
    format!("plus de {max} valeurs")
}

fn json_duplicate_key(place: &str, key: &str) -> String {
    format!("{place}\u{202f}: la clé «\u{202f}{key}\u{202f}» apparaît deux fois")
}

fn not_ours_found(found: &str, format: &str) -> String {
    format!("ce n’est pas une évaluation X.1060\u{202f}: «\u{202f}format\u{202f}» vaut «\u{202f}{found}\u{202f}», «\u{202f}{format}\u{202f}» est attendu")
}

fn not_ours(format: &str) -> String {
    format!("ce n’est pas une évaluation X.1060\u{202f}: un objet avec «\u{202f}format\u{202f}» valant «\u{202f}{format}\u{202f}» est attendu")
}

fn no_schema(example: u32) -> String {
    format!("«\u{202f}schema\u{202f}» manque\u{202f}; un nombre entier tel que {example} est attendu")
}

fn schema_not_a_number(example: u32) -> String {
    format!("«\u{202f}schema\u{202f}» doit être un nombre entier tel que {example}")
}

fn newer_schema(found: u64, reads: u32) -> String {
    format!("les données utilisent le schéma {found}, d’une version plus récente de cette application\u{202f}; cette version lit le schéma {reads} et les précédents")
}

fn unsupported_schema(found: u64) -> String {
    format!("le schéma {found} n’est pas pris en charge")
}

fn field_problem(place: &str, problem: &str) -> String {
    format!("{place}\u{202f}: {problem}")
}

fn campaign_too_large(kb: usize, limit_kb: usize) -> String {
    format!("Le fichier est trop volumineux ({kb}\u{a0}Ko). Un fichier de campagne ne peut pas dépasser {limit_kb}\u{a0}Ko.")
}

fn campaign_not_json(part: &str) -> String {
    format!("Le fichier n’est pas du JSON valide\u{202f}: {part}.")
}

fn not_a_campaign(format: &str) -> String {
    format!(
        "Ce n’est pas un fichier de campagne X.1060 («\u{202f}format\u{202f}» doit valoir «\u{202f}{format}\u{202f}»)."
    )
}

fn campaign_newer(found: u64, reads: u32) -> String {
    format!("Cette campagne utilise le schéma {found}\u{202f}; cette application lit le schéma {reads}. Utilisez une version plus récente de l’application.")
}

fn campaign_invalid(place: &str, problem: &str) -> String {
    format!("Erreur dans le fichier de campagne, à l’emplacement {place}\u{202f}: {problem}.")
}

fn campaign_unusable(part: &str) -> String {
    let mut chars = part.chars();
    let first: String = chars.next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
    format!("{first}{}.", chars.as_str())
}

fn campaign_other_catalogue(id: &str) -> String {
    format!("la campagne est prévue pour le catalogue «\u{202f}{id}\u{202f}»")
}

fn campaign_other_version(version: &str) -> String {
    format!("la campagne est prévue pour la version «\u{202f}{version}\u{202f}» du catalogue")
}

fn campaign_unknown_category(id: &str) -> String {
    format!("le catalogue n’a pas de catégorie «\u{202f}{id}\u{202f}»")
}
