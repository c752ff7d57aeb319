<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <source>The text of the licence is missing from this installation. You can read it at {url}</source>
      <translation>Le texte de la licence manque dans cette installation. Vous pouvez le lire à l'adresse {url}</translation>
    </message>
    <message>
      <source>The list of the other software is missing from this installation.</source>
      <translation>La liste des autres logiciels manque dans cette installation.</translation>
    </message>
    <message>
      <source>About KKO Guard</source>
      <translation>À propos de KKO Guard</translation>
    </message>
    <message>
      <source>KKO Guard finds the charges billed by other companies on your phone and internet bills (Internet+, SMS+, Gallery…) and helps you get your money back.</source>
      <translation>KKO Guard trouve les sommes facturées par d'autres sociétés sur vos factures de téléphone et d'internet (Internet+, SMS+, Gallery…) et vous aide à vous faire rembourser.</translation>
    </message>
    <message>
      <source>It never uses the internet: your bills, letters and notes stay on this computer, in an encrypted dossier.</source>
      <translation>Il n'utilise jamais internet : vos factures, vos lettres et vos notes restent sur cet ordinateur, dans un dossier chiffré.</translation>
    </message>
    <message>
      <source>KKO Guard is free software: you may use it, share it and change it under the GNU General Public License, version 3 or any later version. It comes with no warranty. It is built on other free software: see “Other software used” below.</source>
      <translation>KKO Guard est un logiciel libre : vous pouvez l'utiliser, le partager et le modifier selon la licence publique générale GNU (GNU GPL), version 3 ou toute version ultérieure. Il est fourni sans aucune garantie. Il s'appuie sur d'autres logiciels libres : voyez « Autres logiciels utilisés » ci-dessous.</translation>
    </message>
    <message>
      <source>&amp;Licence</source>
      <translation>&amp;Licence</translation>
    </message>
    <message>
      <source>Licence of KKO Guard</source>
      <translation>Licence de KKO Guard</translation>
    </message>
    <message>
      <source>&amp;Other software used</source>
      <translation>&amp;Autres logiciels utilisés</translation>
    </message>
    <message>
      <source>Other software used by KKO Guard and their licences</source>
      <translation>Autres logiciels utilisés par KKO Guard et leurs licences</translation>
    </message>
    <message>
      <source>These legal texts are in English, their original language.</source>
      <translation>Ces textes juridiques sont en anglais, leur langue d'origine.</translation>
    </message>
  </context>
  <context>
    <name>Agenda</name>
    <message>
      <source>Not added to your calendar</source>
      <translation>Fichier d'agenda non enregistré</translation>
    </message>
    <message>
      <source>Add to my calendar</source>
      <translation>Ajouter à mon agenda</translation>
    </message>
    <message>
      <source>You have no case in progress: there is nothing to add to your calendar.</source>
      <translation>Vous n'avez aucune réclamation en cours : il n'y a rien à ajouter à votre agenda.</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>Fichiers d'agenda (*.ics)</translation>
    </message>
    <message>
      <source>Added to your calendar file</source>
      <translation>Fichier d'agenda enregistré</translation>
    </message>
    <message>
      <source>Your next steps were saved in:
{path}</source>
      <translation>Vos prochaines étapes sont enregistrées dans :
{path}</translation>
    </message>
    <message>
      <source>Open this file (double-click it) to add the dates to your calendar program. Each date comes with a reminder a few days before.</source>
      <translation>Ouvrez ce fichier (double-cliquez dessus) pour ajouter les dates à votre agenda. Chaque date est accompagnée d'un rappel quelques jours avant.</translation>
    </message>
    <message>
      <source>Open in my calendar</source>
      <translation>Ouvrir dans mon agenda</translation>
    </message>
  </context>
  <context>
    <name>AnalysisWizard</name>
    <message>
      <source>Analyse bills</source>
      <translation>Analyser des factures</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
      <source>&amp;Continue &gt;</source>
      <translation>&amp;Continuer &gt;</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Terminer</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>Stop the analysis?</source>
      <translation>Arrêter l'analyse ?</translation>
    </message>
    <message>
      <source>Stop the analysis and go back to the home screen? What was already saved in your dossier stays there.</source>
      <translation>Arrêter l'analyse et revenir à l'accueil ? Ce qui est déjà enregistré dans votre dossier y reste.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Your dossier cannot be opened.</source>
      <translation>Votre dossier ne peut pas être ouvert.</translation>
    </message>
  </context>
  <context>
    <name>BillPageView</name>
    <message>
      <source>Previous page</source>
      <translation>Page précédente</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Page suivante</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Agrandir</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Réduire</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Pleine largeur</translation>
    </message>
    <message>
      <source>Show the whole width of the page</source>
      <translation>Afficher toute la largeur de la page</translation>
    </message>
    <message>
      <source>Bill page</source>
      <translation>Page de la facture</translation>
    </message>
    <message>
      <source>Preparing the picture of the bill…</source>
      <translation>Préparation de l'image de la facture…</translation>
    </message>
    <message>
      <source>This bill cannot be shown here (“{name}”). It may have been moved or deleted.</source>
      <translation>Impossible d'afficher cette facture ici (« {name} »). Elle a peut-être été déplacée ou supprimée.</translation>
    </message>
    <message>
      <source>Page {page} of {count}</source>
      <translation>Page {page} sur {count}</translation>
    </message>
    <message>
      <source>Page {page} of {count} of “{name}”.</source>
      <translation>Page {page} sur {count} de « {name} ».</translation>
    </message>
    <message>
      <source>1 suspicious charge is outlined.</source>
      <translation>1 prélèvement suspect est encadré.</translation>
    </message>
    <message>
      <source>{count} suspicious charges are outlined.</source>
      <translation>{count} prélèvements suspects sont encadrés.</translation>
    </message>
    <message>
      <source>Selected: {label}.</source>
      <translation>Ligne choisie : {label}.</translation>
    </message>
  </context>
  <context>
    <name>CaseRowWidget</name>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Open the case “{title}”</source>
      <translation>Ouvrir la réclamation « {title} »</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Urgent</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Attention</translation>
    </message>
    <message>
      <source>Amount claimed: {amount}</source>
      <translation>Somme réclamée : {amount}</translation>
    </message>
    <message>
      <source>Overdue since {date}</source>
      <translation>En retard depuis le {date}</translation>
    </message>
    <message>
      <source>Until {date}</source>
      <translation>Jusqu'au {date}</translation>
    </message>
    <message>
      <source>To do by {date}</source>
      <translation>À faire avant le {date}</translation>
    </message>
  </context>
  <context>
    <name>CasesModel</name>
    <message>
      <source>Claimed {claimed} · refunded {refunded}</source>
      <translation>Réclamé {claimed} · remboursé {refunded}</translation>
    </message>
    <message>
      <source>Operator not known</source>
      <translation>Opérateur inconnu</translation>
    </message>
  </context>
  <context>
    <name>ChargeDialog</name>
    <message>
      <source>Read in the box you drew: “{text}”</source>
      <translation>Lu dans le cadre que vous avez tracé : « {text} »</translation>
    </message>
    <message>
      <source>Nothing could be read in the box you drew. Type the line as printed on your bill.</source>
      <translation>Rien n'a pu être lu dans le cadre que vous avez tracé. Recopiez la ligne telle qu'elle est imprimée sur votre facture.</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Libellé :</translation>
    </message>
    <message>
      <source>Amount in euros</source>
      <translation>Montant en euros</translation>
    </message>
    <message>
      <source>for example 4,99</source>
      <translation>par exemple 4,99</translation>
    </message>
    <message>
      <source>&amp;Amount (€):</source>
      <translation>&amp;Montant (€) :</translation>
    </message>
    <message>
      <source>Dated</source>
      <translation>Datée</translation>
    </message>
    <message>
      <source>Date of the line</source>
      <translation>Date de la ligne</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Date :</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Société</translation>
    </message>
    <message>
      <source>the company named on the line, if any</source>
      <translation>la société nommée sur la ligne, s'il y en a une</translation>
    </message>
    <message>
      <source>&amp;Company:</source>
      <translation>&amp;Société :</translation>
    </message>
    <message>
      <source>I contest this line: I did not ask for it</source>
      <translation>Je conteste cette ligne : je ne l'ai pas demandée</translation>
    </message>
    <message>
      <source>Type the description printed on the line.</source>
      <translation>Recopiez le libellé imprimé sur la ligne.</translation>
    </message>
    <message>
      <source>Type the amount as printed, for example 4,99.</source>
      <translation>Recopiez le montant tel qu'il est imprimé, par exemple 4,99.</translation>
    </message>
  </context>
  <context>
    <name>ChargesModel</name>
    <message>
      <source>Dispute</source>
      <translation>Contester</translation>
    </message>
    <message>
      <source>Our check</source>
      <translation>Notre avis</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Société</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Bill</source>
      <translation>Facture</translation>
    </message>
    <message>
      <source>Tick the charges you want refunded</source>
      <translation>Cochez les prélèvements dont vous demandez le remboursement</translation>
    </message>
    <message>
      <source>Charges that look like an unwanted paid service are marked “Suspicious”</source>
      <translation>Les prélèvements qui ressemblent à un service payant non voulu sont marqués « Suspect »</translation>
    </message>
    <message>
      <source>Internet+ purchase</source>
      <translation>Achat Internet+</translation>
    </message>
    <message>
      <source>SMS+ service</source>
      <translation>Service SMS+</translation>
    </message>
    <message>
      <source>Operator gallery</source>
      <translation>Galerie de l'opérateur</translation>
    </message>
    <message>
      <source>Multimedia purchase</source>
      <translation>Achat multimédia</translation>
    </message>
    <message>
      <source>App store</source>
      <translation>Boutique d'applications</translation>
    </message>
    <message>
      <source>Premium-rate call</source>
      <translation>Appel surtaxé</translation>
    </message>
    <message>
      <source>Other company</source>
      <translation>Autre société</translation>
    </message>
    <message>
      <source>Not a charge (you said)</source>
      <translation>Pas un achat (selon vous)</translation>
    </message>
    <message>
      <source>Suspicious</source>
      <translation>Suspect</translation>
    </message>
    <message>
      <source>added by you</source>
      <translation>ajoutée par vous</translation>
    </message>
    <message>
      <source>corrected by you</source>
      <translation>corrigée par vous</translation>
    </message>
    <message>
      <source>Bill: {bill}</source>
      <translation>Facture : {bill}</translation>
    </message>
    <message>
      <source>Suspicious:</source>
      <translation>Suspect :</translation>
    </message>
    <message>
      <source>Read from a photo or a scan: check this amount on your paper bill.</source>
      <translation>Lu sur une photo ou un scan : vérifiez ce montant sur votre facture papier.</translation>
    </message>
    <message>
      <source>Disputed</source>
      <translation>Contesté</translation>
    </message>
    <message>
      <source>Not disputed</source>
      <translation>Non contesté</translation>
    </message>
    <message>
      <source>Looks normal</source>
      <translation>Semble normal</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <source>This file cannot be shown here. Use “Save a copy” to open it with another program.</source>
      <translation>Ce fichier ne peut pas être affiché ici. Utilisez « Enregistrer une copie » pour l'ouvrir avec un autre programme.</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Enregistrer une copie</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>&amp;Save a copy…</source>
      <translation>&amp;Enregistrer une copie…</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <source>No case was saved.</source>
      <translation>Aucune réclamation n'a été enregistrée.</translation>
    </message>
    <message>
      <source>1 bill</source>
      <translation>1 facture</translation>
    </message>
    <message>
      <source>{count} bills</source>
      <translation>{count} factures</translation>
    </message>
    <message>
      <source>No charge is marked as disputed yet.</source>
      <translation>Aucun prélèvement n'est encore marqué comme contesté.</translation>
    </message>
    <message>
      <source>{amount} (1 charge)</source>
      <translation>{amount} (1 prélèvement)</translation>
    </message>
    <message>
      <source>{amount} ({count} charges)</source>
      <translation>{amount} ({count} prélèvements)</translation>
    </message>
    <message>
      <source>No letter kept yet.</source>
      <translation>Aucune lettre gardée pour l'instant.</translation>
    </message>
    <message>
      <source>sent on {date}, registered mail {number}</source>
      <translation>envoyée le {date}, recommandé n° {number}</translation>
    </message>
    <message>
      <source>sent on {date}</source>
      <translation>envoyée le {date}</translation>
    </message>
    <message>
      <source>printed, not sent yet</source>
      <translation>imprimée, pas encore envoyée</translation>
    </message>
    <message>
      <source>kept, not printed yet</source>
      <translation>gardée, pas encore imprimée</translation>
    </message>
    <message>
      <source>{title}: {status}</source>
      <translation>{title} : {status}</translation>
    </message>
    <message>
      <source>Urgent: late since {date}.</source>
      <translation>Urgent : en retard depuis le {date}.</translation>
    </message>
    <message>
      <source>Urgent: to do by {date}.</source>
      <translation>Urgent : à faire avant le {date}.</translation>
    </message>
    <message>
      <source>Nothing more to do: this case is settled.</source>
      <translation>Plus rien à faire : cette réclamation est réglée.</translation>
    </message>
    <message>
      <source>Date to remember: {date}</source>
      <translation>Date à retenir : {date}</translation>
    </message>
    <message>
      <source>“{title}” and the copies to send with it</source>
      <translation>« {title} » et les copies à joindre</translation>
    </message>
    <message>
      <source>Preparing…</source>
      <translation>Préparation…</translation>
    </message>
    <message>
      <source>The letter was sent to the printer.</source>
      <translation>La lettre est partie à l'imprimante.</translation>
    </message>
    <message>
      <source>Saved in {path}.</source>
      <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
      <source>The bill copies were sent to the printer: put them in the envelope with the letter.</source>
      <translation>Les copies des factures sont parties à l'imprimante : mettez-les dans l'enveloppe avec la lettre.</translation>
    </message>
    <message>
      <source>Bill copies</source>
      <translation>Copies des factures</translation>
    </message>
    <message>
      <source>All saved</source>
      <translation>Tout est enregistré</translation>
    </message>
    <message>
      <source>Here is what your dossier now holds, and what to do next.</source>
      <translation>Voici ce que contient maintenant votre dossier, et ce qu'il faut faire ensuite.</translation>
    </message>
    <message>
      <source>Saved in your dossier</source>
      <translation>Enregistré dans votre dossier</translation>
    </message>
    <message>
      <source>Case:</source>
      <translation>Réclamation :</translation>
    </message>
    <message>
      <source>Bills:</source>
      <translation>Factures :</translation>
    </message>
    <message>
      <source>Amount disputed:</source>
      <translation>Somme contestée :</translation>
    </message>
    <message>
      <source>Letters:</source>
      <translation>Lettres :</translation>
    </message>
    <message>
      <source>Your letter and the copies to send with it</source>
      <translation>Votre lettre et les copies à joindre</translation>
    </message>
    <message>
      <source>&amp;Print the letter…</source>
      <translation>&amp;Imprimer la lettre…</translation>
    </message>
    <message>
      <source>&amp;Save the letter as PDF…</source>
      <translation>&amp;Enregistrer la lettre en PDF…</translation>
    </message>
    <message>
      <source>Print the bill &amp;copies…</source>
      <translation>Imprimer les &amp;copies des factures…</translation>
    </message>
    <message>
      <source>The pages of your bills with the disputed lines outlined and numbered as in the letter: to send with it.</source>
      <translation>Les pages de vos factures, avec les lignes contestées encadrées et numérotées comme dans la lettre : à envoyer avec elle.</translation>
    </message>
    <message>
      <source>Save the bill copies as P&amp;DF…</source>
      <translation>Enregistrer les copies des factures en P&amp;DF…</translation>
    </message>
    <message>
      <source>What to do next</source>
      <translation>Ce qu'il faut faire ensuite</translation>
    </message>
    <message>
      <source>Urgent: a time limit is near or has passed.</source>
      <translation>Urgent : une date limite approche ou est dépassée.</translation>
    </message>
    <message>
      <source>&amp;Open my dossier</source>
      <translation>&amp;Ouvrir mon dossier</translation>
    </message>
    <message>
      <source>Click Finish to see this case in your dossier. Everything is kept there: you can come back to it at any time.</source>
      <translation>Cliquez sur Terminer pour voir cette réclamation dans votre dossier. Tout y est gardé : vous pouvez y revenir quand vous voulez.</translation>
    </message>
  </context>
  <context>
    <name>DossierView</name>
    <message>
      <source>Newest first</source>
      <translation>Les plus récents d'abord</translation>
    </message>
    <message>
      <source>Oldest first</source>
      <translation>Les plus anciens d'abord</translation>
    </message>
    <message>
      <source>No case yet. Start with “Analyse bills” on the home screen: the bills you analyse are kept here.</source>
      <translation>Aucune réclamation pour l'instant. Commencez par « Analyser des factures » sur l'écran d'accueil : les factures analysées sont gardées ici.</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>&amp;Timeline</source>
      <translation>&amp;Historique</translation>
    </message>
    <message>
      <source>&amp;Documents ({count})</source>
      <translation>&amp;Documents ({count})</translation>
    </message>
    <message>
      <source>&amp;Letters ({count})</source>
      <translation>&amp;Courriers ({count})</translation>
    </message>
    <message>
      <source>Case: {title}</source>
      <translation>Réclamation : {title}</translation>
    </message>
    <message>
      <source>Nothing more to do: this case is settled.</source>
      <translation>Plus rien à faire : cette réclamation est réglée.</translation>
    </message>
    <message>
      <source>Urgent: {action}</source>
      <translation>Urgent : {action}</translation>
    </message>
    <message>
      <source>Do it by {date} at the latest.</source>
      <translation>À faire au plus tard le {date}.</translation>
    </message>
    <message>
      <source>By {date}.</source>
      <translation>Avant le {date}.</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>C'est fait</translation>
    </message>
    <message>
      <source>Added to the case's timeline.</source>
      <translation>Ajouté à l'historique de la réclamation.</translation>
    </message>
    <message>
      <source>Choose the files to add to the case</source>
      <translation>Choisissez les fichiers à ajouter à la réclamation</translation>
    </message>
    <message>
      <source>Photos and documents (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.heic);;</source>
      <translation>Photos et documents (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.heic);;</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>“{name}” was added to the case.</source>
      <translation>« {name} » a été ajouté à la réclamation.</translation>
    </message>
    <message>
      <source>{count} files were added to the case.</source>
      <translation>{count} fichiers ont été ajoutés à la réclamation.</translation>
    </message>
    <message>
      <source>“{name}” was already in the case.</source>
      <translation>« {name} » était déjà dans la réclamation.</translation>
    </message>
    <message>
      <source>“{name}” is a folder: add the files inside it.</source>
      <translation>« {name} » est un dossier : ajoutez plutôt les fichiers qu'il contient.</translation>
    </message>
    <message>
      <source>Refund of {amount} recorded.</source>
      <translation>Remboursement de {amount} enregistré.</translation>
    </message>
    <message>
      <source>The case is marked as refunded.</source>
      <translation>La réclamation est indiquée comme remboursée.</translation>
    </message>
    <message>
      <source>Choose where to put the copy of the case</source>
      <translation>Choisissez où mettre la copie de la réclamation</translation>
    </message>
    <message>
      <source>The case was copied to the folder “{path}”: a summary (“00 Résumé du dossier.pdf”) and every document. Send these files to the mediator with your referral.</source>
      <translation>La réclamation a été copiée dans le dossier « {path} » : un résumé (« 00 Résumé du dossier.pdf ») et tous les documents. Envoyez ces fichiers au médiateur avec votre demande.</translation>
    </message>
    <message>
      <source>Open the folde&amp;r</source>
      <translation>Ouvrir le do&amp;ssier</translation>
    </message>
    <message>
      <source>The letter was sent to the printer.</source>
      <translation>La lettre est partie à l'imprimante.</translation>
    </message>
    <message>
      <source>Saved in {path}.</source>
      <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
      <source>The bill copies were sent to the printer: put them in the envelope with the letter.</source>
      <translation>Les copies des factures sont parties à l'imprimante : mettez-les dans l'enveloppe avec la lettre.</translation>
    </message>
    <message>
      <source>Bill copies</source>
      <translation>Copies des factures</translation>
    </message>
    <message>
      <source>Attached file</source>
      <translation>Pièce jointe</translation>
    </message>
    <message>
      <source>Your dossier</source>
      <translation>Votre dossier</translation>
    </message>
    <message>
      <source>← &amp;Back to home</source>
      <translation>← Retour à l'acc&amp;ueil</translation>
    </message>
    <message>
      <source>Back to the home screen (Alt+Left)</source>
      <translation>Revenir à l'écran d'accueil (Alt+Gauche)</translation>
    </message>
    <message>
      <source>Back to home</source>
      <translation>Retour à l'accueil</translation>
    </message>
    <message>
      <source>&amp;Your cases:</source>
      <translation>&amp;Vos réclamations :</translation>
    </message>
    <message>
      <source>Your cases</source>
      <translation>Vos réclamations</translation>
    </message>
    <message>
      <source>The selected case</source>
      <translation>La réclamation choisie</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Open the folder</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <source>&amp;Hide this message</source>
      <translation>Masquer ce messa&amp;ge</translation>
    </message>
    <message>
      <source>Hide this message</source>
      <translation>Masquer ce message</translation>
    </message>
    <message>
      <source>Choose a case in the list on the left.</source>
      <translation>Choisissez une réclamation dans la liste de gauche.</translation>
    </message>
    <message>
      <source>Operator:</source>
      <translation>Opérateur :</translation>
    </message>
    <message>
      <source>Phone line:</source>
      <translation>Ligne :</translation>
    </message>
    <message>
      <source>Customer account:</source>
      <translation>Compte client :</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>Ét&amp;at :</translation>
    </message>
    <message>
      <source>Status of the case</source>
      <translation>État de la réclamation</translation>
    </message>
    <message>
      <source>Change the status of the case</source>
      <translation>Changer l'état de la réclamation</translation>
    </message>
    <message>
      <source>Claimed:</source>
      <translation>Réclamé :</translation>
    </message>
    <message>
      <source>Refunded:</source>
      <translation>Remboursé :</translation>
    </message>
    <message>
      <source>Still to be refunded:</source>
      <translation>Reste à rembourser :</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Prochaine étape</translation>
    </message>
    <message>
      <source>&amp;Add a call, email or answer…</source>
      <translation>&amp;Noter un appel, un courriel ou une réponse…</translation>
    </message>
    <message>
      <source>Write down a call, an email, a letter or an answer (Ctrl+N)</source>
      <translation>Noter un appel, un courriel, un courrier ou une réponse (Ctrl+N)</translation>
    </message>
    <message>
      <source>Attach a &amp;file…</source>
      <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
      <source>Add a photo, a screenshot or a PDF to the case (Ctrl+J)</source>
      <translation>Ajouter une photo, une capture d'écran ou un PDF à la réclamation (Ctrl+J)</translation>
    </message>
    <message>
      <source>&amp;Mark as refunded…</source>
      <translation>Indiquer un &amp;remboursement…</translation>
    </message>
    <message>
      <source>Record money given back by the operator (Ctrl+R)</source>
      <translation>Noter l'argent rendu par l'opérateur (Ctrl+R)</translation>
    </message>
    <message>
      <source>&amp;Export for the mediator…</source>
      <translation>&amp;Exporter pour le médiateur…</translation>
    </message>
    <message>
      <source>Copy the whole case into a folder: a summary and every document (Ctrl+E)</source>
      <translation>Copier toute la réclamation dans un dossier : un résumé et tous les documents (Ctrl+E)</translation>
    </message>
    <message>
      <source>&amp;Order:</source>
      <translation>&amp;Ordre :</translation>
    </message>
    <message>
      <source>Order of the timeline</source>
      <translation>Ordre de l'historique</translation>
    </message>
    <message>
      <source>Timeline of the case</source>
      <translation>Historique de la réclamation</translation>
    </message>
    <message>
      <source>&amp;Documents</source>
      <translation>&amp;Documents</translation>
    </message>
    <message>
      <source>Documents of the case</source>
      <translation>Documents de la réclamation</translation>
    </message>
    <message>
      <source>&amp;Open the document</source>
      <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
      <source>&amp;Letters</source>
      <translation>&amp;Courriers</translation>
    </message>
    <message>
      <source>Letters of the case</source>
      <translation>Courriers de la réclamation</translation>
    </message>
    <message>
      <source>&amp;Open the letter</source>
      <translation>&amp;Ouvrir le courrier</translation>
    </message>
    <message>
      <source>I &amp;posted it…</source>
      <translation>Je l'ai &amp;posté…</translation>
    </message>
    <message>
      <source>Record the date you posted the letter and its registered number</source>
      <translation>Noter la date d'envoi du courrier et son numéro de recommandé</translation>
    </message>
    <message>
      <source>Record the ackno&amp;wledgement of receipt…</source>
      <translation>Noter l'accusé de récep&amp;tion…</translation>
    </message>
    <message>
      <source>Record the date written on the acknowledgement of receipt (avis de réception)</source>
      <translation>Noter la date inscrite sur l'avis de réception</translation>
    </message>
    <message>
      <source>Pr&amp;int the letter…</source>
      <translation>&amp;Imprimer la lettre…</translation>
    </message>
    <message>
      <source>Sa&amp;ve the letter as PDF…</source>
      <translation>Enre&amp;gistrer la lettre en PDF…</translation>
    </message>
    <message>
      <source>Print the bill &amp;copies…</source>
      <translation>Imprimer les &amp;copies des factures…</translation>
    </message>
    <message>
      <source>The pages of your bills with the disputed lines outlined and numbered as in the letter: to send with it.</source>
      <translation>Les pages de vos factures, avec les lignes contestées encadrées et numérotées comme dans la lettre : à envoyer avec elle.</translation>
    </message>
    <message>
      <source>Save the bill copies as PDF…</source>
      <translation>Enregistrer les copies des factures en PDF…</translation>
    </message>
    <message>
      <source>Tip: you can also drag files (photos, screenshots, PDF) from your computer onto this part of the window to add them to the case.</source>
      <translation>Astuce : vous pouvez aussi faire glisser des fichiers (photos, captures d'écran, PDF) de votre ordinateur sur cette partie de la fenêtre pour les ajouter à la réclamation.</translation>
    </message>
  </context>
  <context>
    <name>DossierWords</name>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Waiting for an answer</source>
      <translation>En attente d'une réponse</translation>
    </message>
    <message>
      <source>With the mediator</source>
      <translation>Chez le médiateur</translation>
    </message>
    <message>
      <source>Refunded</source>
      <translation>Remboursée</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Letter (post)</source>
      <translation>Courrier (par la poste)</translation>
    </message>
    <message>
      <source>Chat</source>
      <translation>Chat (discussion en ligne)</translation>
    </message>
    <message>
      <source>Online form</source>
      <translation>Formulaire en ligne</translation>
    </message>
    <message>
      <source>Text message (SMS)</source>
      <translation>SMS</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>En personne (en boutique)</translation>
    </message>
    <message>
      <source>I contacted them</source>
      <translation>Je les ai contactés</translation>
    </message>
    <message>
      <source>They answered or contacted me</source>
      <translation>Ils m'ont répondu ou contacté(e)</translation>
    </message>
    <message>
      <source>Customer service</source>
      <translation>Service clients</translation>
    </message>
    <message>
      <source>Consumer service</source>
      <translation>Service consommateurs</translation>
    </message>
    <message>
      <source>Telecom mediator</source>
      <translation>Médiateur des communications électroniques</translation>
    </message>
    <message>
      <source>Publisher of the service billed</source>
      <translation>Éditeur du service facturé</translation>
    </message>
    <message>
      <source>Consumer association or lawyer</source>
      <translation>Association de consommateurs ou avocat</translation>
    </message>
    <message>
      <source>Authority (DGCCRF, SignalConso, 33700)</source>
      <translation>Administration (DGCCRF, SignalConso, 33700)</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Call you made</source>
      <translation>Appel passé</translation>
    </message>
    <message>
      <source>Call you received</source>
      <translation>Appel reçu</translation>
    </message>
    <message>
      <source>Email you sent</source>
      <translation>Courriel envoyé</translation>
    </message>
    <message>
      <source>Email received</source>
      <translation>Courriel reçu</translation>
    </message>
    <message>
      <source>Letter you sent</source>
      <translation>Courrier envoyé</translation>
    </message>
    <message>
      <source>Letter received</source>
      <translation>Courrier reçu</translation>
    </message>
    <message>
      <source>Chat you started</source>
      <translation>Échange par chat</translation>
    </message>
    <message>
      <source>Answer by chat</source>
      <translation>Réponse par chat</translation>
    </message>
    <message>
      <source>Online form you sent</source>
      <translation>Formulaire en ligne envoyé</translation>
    </message>
    <message>
      <source>Answer to the online form</source>
      <translation>Réponse au formulaire en ligne</translation>
    </message>
    <message>
      <source>Text message you sent</source>
      <translation>SMS envoyé</translation>
    </message>
    <message>
      <source>Text message received</source>
      <translation>SMS reçu</translation>
    </message>
    <message>
      <source>Visit in person</source>
      <translation>Démarche en personne</translation>
    </message>
    <message>
      <source>Meeting in person</source>
      <translation>Rendez-vous en personne</translation>
    </message>
    <message>
      <source>Bill</source>
      <translation>Facture</translation>
    </message>
    <message>
      <source>Screenshot</source>
      <translation>Capture d'écran</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Photo</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Bill added</source>
      <translation>Facture ajoutée</translation>
    </message>
    <message>
      <source>Screenshot added</source>
      <translation>Capture d'écran ajoutée</translation>
    </message>
    <message>
      <source>Photo added</source>
      <translation>Photo ajoutée</translation>
    </message>
    <message>
      <source>Document added</source>
      <translation>Document ajouté</translation>
    </message>
    <message>
      <source>Note written</source>
      <translation>Note écrite</translation>
    </message>
    <message>
      <source>Complaint to customer service</source>
      <translation>Réclamation au service clients</translation>
    </message>
    <message>
      <source>Complaint to the consumer service</source>
      <translation>Réclamation au service consommateurs</translation>
    </message>
    <message>
      <source>Cancellation with the publisher</source>
      <translation>Résiliation auprès de l'éditeur</translation>
    </message>
    <message>
      <source>Referral to the mediator</source>
      <translation>Saisine du médiateur</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Courrier</translation>
    </message>
    <message>
      <source>Prepared, not printed yet</source>
      <translation>Préparé, pas encore imprimé</translation>
    </message>
    <message>
      <source>Printed, not posted yet</source>
      <translation>Imprimé, pas encore envoyé</translation>
    </message>
    <message>
      <source>Posted</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <source>Registered letter no. {number}</source>
      <translation>Recommandé n° {number}</translation>
    </message>
    <message>
      <source>acknowledgement of receipt signed on {date}</source>
      <translation>avis de réception signé le {date}</translation>
    </message>
    <message>
      <source>no acknowledgement of receipt recorded yet</source>
      <translation>pas encore d'avis de réception noté</translation>
    </message>
    <message>
      <source>Attached: {name}</source>
      <translation>Pièce jointe : {name}</translation>
    </message>
    <message>
      <source>disputed: {amount}</source>
      <translation>contesté : {amount}</translation>
    </message>
    <message>
      <source>incomplete reading: {amount} not found</source>
      <translation>lecture incomplète : {amount} non retrouvés</translation>
    </message>
    <message>
      <source>incomplete reading</source>
      <translation>lecture incomplète</translation>
    </message>
    <message>
      <source>1 line added or corrected by you</source>
      <translation>1 ligne ajoutée ou corrigée par vous</translation>
    </message>
    <message>
      <source>{count} lines added or corrected by you</source>
      <translation>{count} lignes ajoutées ou corrigées par vous</translation>
    </message>
    <message>
      <source>Letter prepared</source>
      <translation>Courrier préparé</translation>
    </message>
    <message>
      <source>Letter posted</source>
      <translation>Courrier envoyé</translation>
    </message>
    <message>
      <source>Letter delivered (acknowledgement of receipt)</source>
      <translation>Courrier reçu par le destinataire (avis de réception)</translation>
    </message>
    <message>
      <source>Refund received</source>
      <translation>Remboursement reçu</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Add to the case</source>
      <translation>Ajouter à la réclamation</translation>
    </message>
    <message>
      <source>None (optional)</source>
      <translation>Aucune (facultatif)</translation>
    </message>
    <message>
      <source>Attached file: {name}</source>
      <translation>Pièce jointe : {name}</translation>
    </message>
    <message>
      <source>No file attached</source>
      <translation>Aucune pièce jointe</translation>
    </message>
    <message>
      <source>Choose the file to attach</source>
      <translation>Choisissez le fichier à joindre</translation>
    </message>
    <message>
      <source>Photos and documents (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.eml *.msg);;</source>
      <translation>Photos et documents (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.eml *.msg);;</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Add a call, email or answer</source>
      <translation>Noter un appel, un courriel ou une réponse</translation>
    </message>
    <message>
      <source>Write down each call, email, letter or answer, with its date. If you go to the mediator, these dates show what you have already tried.</source>
      <translation>Notez chaque appel, courriel, courrier ou réponse, avec sa date. Si vous faites appel au médiateur, ces dates montrent ce que vous avez déjà tenté.</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>&amp;How:</source>
      <translation>&amp;Par quel moyen :</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Par quel moyen</translation>
    </message>
    <message>
      <source>Who made contact:</source>
      <translation>Qui a pris contact :</translation>
    </message>
    <message>
      <source>Who made contact</source>
      <translation>Qui a pris contact</translation>
    </message>
    <message>
      <source>I &amp;contacted them</source>
      <translation>Je les ai &amp;contactés</translation>
    </message>
    <message>
      <source>They &amp;answered or contacted me</source>
      <translation>&amp;Ils m'ont répondu ou contacté(e)</translation>
    </message>
    <message>
      <source>&amp;With whom:</source>
      <translation>&amp;Avec qui :</translation>
    </message>
    <message>
      <source>With whom</source>
      <translation>Avec qui</translation>
    </message>
    <message>
      <source>&amp;Name (optional):</source>
      <translation>&amp;Nom (facultatif) :</translation>
    </message>
    <message>
      <source>Name of the person or department</source>
      <translation>Nom de la personne ou du service</translation>
    </message>
    <message>
      <source>For example: Mr Martin, complaints department</source>
      <translation>Par exemple : M. Martin, service réclamations</translation>
    </message>
    <message>
      <source>What was &amp;said:</source>
      <translation>Ce qui a été di&amp;t :</translation>
    </message>
    <message>
      <source>What was said</source>
      <translation>Ce qui a été dit</translation>
    </message>
    <message>
      <source>For example: they promised a refund within 30 days; reference of the call 12345.</source>
      <translation>Par exemple : on m'a promis un remboursement sous 30 jours ; référence de l'appel 12345.</translation>
    </message>
    <message>
      <source>Attached file:</source>
      <translation>Pièce jointe :</translation>
    </message>
    <message>
      <source>Choose a &amp;file…</source>
      <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Retirer</translation>
    </message>
  </context>
  <context>
    <name>ErrorReporter</name>
    <message>
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
    <message>
      <source>Something unexpected went wrong in KKO Guard. What you were doing may not have finished, but what was already saved in your dossier is safe. You can carry on.</source>
      <translation>Un problème inattendu est survenu dans KKO Guard. Ce que vous faisiez n'est peut-être pas terminé, mais ce qui était déjà enregistré dans votre dossier est intact. Vous pouvez continuer.</translation>
    </message>
    <message>
      <source>The technical details were written to this file. If the problem comes back, you can send it to the person who helps you:
{path}</source>
      <translation>Les détails techniques ont été écrits dans ce fichier. Si le problème revient, vous pouvez l'envoyer à la personne qui vous aide :
{path}</translation>
    </message>
    <message>
      <source>Open the log folder</source>
      <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Continuer</translation>
    </message>
  </context>
  <context>
    <name>EvidenceModel</name>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Added on</source>
      <translation>Ajouté le</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <source>bill of {date}</source>
      <translation>facture du {date}</translation>
    </message>
    <message>
      <source>bill total: {amount}</source>
      <translation>total de la facture : {amount}</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <source>Guide to KKO Guard</source>
      <translation>Guide de KKO Guard</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <source>Encrypted</source>
      <translation>Chiffré</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Attention</translation>
    </message>
    <message>
      <source>Your dossier is encrypted on this computer and opens with your passphrase. Keep your recovery key on paper, somewhere safe.</source>
      <translation>Votre dossier est chiffré sur cet ordinateur et s'ouvre avec votre phrase secrète. Gardez votre clé de secours sur papier, en lieu sûr.</translation>
    </message>
    <message>
      <source>Your dossier is encrypted on this computer and opens with this computer's keyring. Keep your recovery key on paper, somewhere safe.</source>
      <translation>Votre dossier est chiffré sur cet ordinateur et s'ouvre tout seul grâce au coffre à mots de passe de cet ordinateur. Gardez votre clé de secours sur papier, en lieu sûr.</translation>
    </message>
    <message>
      <source>A date has passed: “{title}”, overdue since {date}.</source>
      <translation>Une date est dépassée : « {title} », en retard depuis le {date}.</translation>
    </message>
    <message>
      <source>A time limit is near: “{title}”, to do by {date}.</source>
      <translation>Une date limite approche : « {title} », à faire avant le {date}.</translation>
    </message>
    <message>
      <source>One other case also needs your attention.</source>
      <translation>Une autre réclamation demande aussi votre attention.</translation>
    </message>
    <message>
      <source>{count} other cases also need your attention.</source>
      <translation>{count} autres réclamations demandent aussi votre attention.</translation>
    </message>
    <message>
      <source>This week:</source>
      <translation>Cette semaine :</translation>
    </message>
    <message>
      <source>{date}: {what}</source>
      <translation>{date} : {what}</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <source>&amp;Analyse bills</source>
      <translation>&amp;Analyser des factures</translation>
    </message>
    <message>
      <source>Add your phone or internet bills (PDF files, or photos and scans of paper bills): KKO Guard finds the suspicious charges and helps you get your money back.</source>
      <translation>Ajoutez vos factures de téléphone ou d'internet (fichiers PDF, ou photos et scans de factures papier) : KKO Guard trouve les frais suspects et vous aide à vous faire rembourser.</translation>
    </message>
    <message>
      <source>Your cases in progress</source>
      <translation>Vos réclamations en cours</translation>
    </message>
    <message>
      <source>Save the dates of your next steps in a file your calendar program opens, with a reminder a few days before each one.</source>
      <translation>Enregistre les dates de vos prochaines étapes dans un fichier que votre agenda sait ouvrir, avec un rappel quelques jours avant chacune.</translation>
    </message>
    <message>
      <source>Add to my &amp;calendar…</source>
      <translation>Ajouter à mon a&amp;genda…</translation>
    </message>
    <message>
      <source>Reading your cases…</source>
      <translation>Lecture de vos réclamations…</translation>
    </message>
    <message>
      <source>You have no case yet.</source>
      <translation>Vous n'avez encore aucune réclamation.</translation>
    </message>
    <message>
      <source>Start with “Analyse bills”: choose the PDF bills you downloaded from your operator's customer area, or photos or scans of your paper bills. KKO Guard shows you which charges look suspicious, how to block these services, and prepares your letters. Your cases will then be listed here, with what to do next.</source>
      <translation>Commencez par « Analyser des factures » : choisissez les factures PDF téléchargées depuis votre espace client, ou des photos ou scans de vos factures papier. KKO Guard vous montre les frais suspects, comment bloquer ces services, et prépare vos lettres. Vos réclamations s'afficheront ensuite ici, avec ce qu'il faut faire ensuite.</translation>
    </message>
    <message>
      <source>&amp;Try again</source>
      <translation>&amp;Réessayer</translation>
    </message>
  </context>
  <context>
    <name>ImportFilesModel</name>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>Reading…</source>
      <translation>Lecture en cours…</translation>
    </message>
    <message>
      <source>Not read (cancelled)</source>
      <translation>Non lu (arrêté)</translation>
    </message>
    <message>
      <source>Could not be read</source>
      <translation>Lecture impossible</translation>
    </message>
    <message>
      <source>The same bill as “{name}”: counted once</source>
      <translation>La même facture que « {name} » : comptée une seule fois</translation>
    </message>
    <message>
      <source>1 charge</source>
      <translation>1 ligne facturée</translation>
    </message>
    <message>
      <source>{count} charges</source>
      <translation>{count} lignes facturées</translation>
    </message>
    <message>
      <source>none suspicious</source>
      <translation>aucune suspecte</translation>
    </message>
    <message>
      <source>1 suspicious</source>
      <translation>dont 1 suspecte</translation>
    </message>
    <message>
      <source>{count} suspicious</source>
      <translation>dont {count} suspectes</translation>
    </message>
    <message>
      <source>{charges}, {suspicious}</source>
      <translation>{charges}, {suspicious}</translation>
    </message>
    <message>
      <source>total not found: check the bill on the next page</source>
      <translation>total introuvable : vérifiez la facture à l'étape suivante</translation>
    </message>
    <message>
      <source>incomplete reading: {amount} not found</source>
      <translation>lecture incomplète : {amount} non retrouvés</translation>
    </message>
    <message>
      <source>incomplete reading: check the bill on the next page</source>
      <translation>lecture incomplète : vérifiez la facture à l'étape suivante</translation>
    </message>
    <message>
      <source>Reading the photo…</source>
      <translation>Lecture de la photo…</translation>
    </message>
    <message>
      <source>Reading the photo… page {page} of {pages}</source>
      <translation>Lecture de la photo… page {page} sur {pages}</translation>
    </message>
    <message>
      <source>Reading the scan…</source>
      <translation>Lecture du scan…</translation>
    </message>
    <message>
      <source>Reading the scan… page {page} of {pages}</source>
      <translation>Lecture du scan… page {page} sur {pages}</translation>
    </message>
    <message>
      <source>Page {page} of the bill “{name}”</source>
      <translation>Page {page} de la facture « {name} »</translation>
    </message>
    <message>
      <source>A page of the bill “{name}”</source>
      <translation>Une page de la facture « {name} »</translation>
    </message>
  </context>
  <context>
    <name>ImportPage</name>
    <message>
      <source>Choose the folder with your bills</source>
      <translation>Choisissez le dossier qui contient vos factures</translation>
    </message>
    <message>
      <source>A folder could not be opened. Check that it is still there.</source>
      <translation>Un dossier n'a pas pu être ouvert. Vérifiez qu'il existe toujours.</translation>
    </message>
    <message>
      <source>No bill yet</source>
      <translation>Aucune facture pour l'instant</translation>
    </message>
    <message>
      <source>{done} of 1 bill read</source>
      <translation>Facture lue : {done} sur 1</translation>
    </message>
    <message>
      <source>{done} of {total} bills read</source>
      <translation>Factures lues : {done} sur {total}</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Arrêt en cours…</translation>
    </message>
    <message>
      <source>Reading your bills… You can add more files while you wait.</source>
      <translation>Lecture de vos factures… Vous pouvez en ajouter d'autres pendant ce temps.</translation>
    </message>
    <message>
      <source>Choose your bills</source>
      <translation>Choisissez vos factures</translation>
    </message>
    <message>
      <source>Bills</source>
      <translation>Factures</translation>
    </message>
    <message>
      <source>PDF files</source>
      <translation>Fichiers PDF</translation>
    </message>
    <message>
      <source>Photos and scans</source>
      <translation>Photos et scans</translation>
    </message>
    <message>
      <source>All files</source>
      <translation>Tous les fichiers</translation>
    </message>
    <message>
      <source>The folder “{name}” has no PDF or image file in it.</source>
      <translation>Le dossier « {name} » ne contient aucun fichier PDF ni aucune image.</translation>
    </message>
    <message>
      <source>Reading your bills… A photo or a scan takes a few seconds a page. You can add more files while you wait.</source>
      <translation>Lecture de vos factures… Une photo ou un scan demande quelques secondes par page. Vous pouvez ajouter d'autres fichiers pendant ce temps.</translation>
    </message>
    <message>
      <source>Looking for bills…</source>
      <translation>Recherche des factures…</translation>
    </message>
    <message>
      <source>No bill yet. Add as many months as you have: the more months, the clearer the picture.</source>
      <translation>Aucune facture pour l'instant. Ajoutez tous les mois dont vous disposez : plus il y a de mois, plus le tableau est clair.</translation>
    </message>
    <message>
      <source>No bill could be read. Look at the messages in the list, then add other files.</source>
      <translation>Aucune facture n'a pu être lue. Lisez les messages dans la liste, puis ajoutez d'autres fichiers.</translation>
    </message>
    <message>
      <source>Nothing suspicious found so far, but some bills could not be read completely: press “Next” and check them, lines may be missing.</source>
      <translation>Rien de suspect pour l'instant, mais certaines factures n'ont pas pu être lues en entier : cliquez sur « Suivant » et vérifiez-les, des lignes manquent peut-être.</translation>
    </message>
    <message>
      <source>Nothing suspicious found. Press “Next” to check the charges yourself.</source>
      <translation>Rien de suspect n'a été trouvé. Cliquez sur « Suivant » pour vérifier vous-même les prélèvements.</translation>
    </message>
    <message>
      <source>1 suspicious charge found. Press “Next” to check it.</source>
      <translation>1 prélèvement suspect trouvé. Cliquez sur « Suivant » pour le vérifier.</translation>
    </message>
    <message>
      <source>{count} suspicious charges found. Press “Next” to check them.</source>
      <translation>{count} prélèvements suspects trouvés. Cliquez sur « Suivant » pour les vérifier.</translation>
    </message>
    <message>
      <source>Some bills could not be read completely: check them on the next page.</source>
      <translation>Certaines factures n'ont pas pu être lues en entier : vérifiez-les à l'étape suivante.</translation>
    </message>
    <message>
      <source>1 file could not be read: see why in the list.</source>
      <translation>1 fichier n'a pas pu être lu : la raison est indiquée dans la liste.</translation>
    </message>
    <message>
      <source>{count} files could not be read: see why in the list.</source>
      <translation>{count} fichiers n'ont pas pu être lus : la raison est indiquée dans la liste.</translation>
    </message>
    <message>
      <source>Reading stopped. To read the other files, add them again.</source>
      <translation>Lecture arrêtée. Pour lire les autres fichiers, ajoutez-les à nouveau.</translation>
    </message>
    <message>
      <source>Your bills</source>
      <translation>Vos factures</translation>
    </message>
    <message>
      <source>Add the bills of your phone or internet line: PDF files, or photos and scans of paper bills. KKO Guard reads them on this computer only: nothing is sent anywhere.</source>
      <translation>Ajoutez les factures de votre ligne de téléphone ou d'internet : fichiers PDF, ou photos et scans de factures papier. KKO Guard les lit uniquement sur cet ordinateur : rien n'est envoyé nulle part.</translation>
    </message>
    <message>
      <source>Drop zone for bills</source>
      <translation>Zone où déposer les factures</translation>
    </message>
    <message>
      <source>Drop your bills here (PDF, photos, scans), or a folder</source>
      <translation>Déposez ici vos factures (PDF, photos, scans), ou un dossier</translation>
    </message>
    <message>
      <source>Choose &amp;files…</source>
      <translation>Choisir des &amp;fichiers…</translation>
    </message>
    <message>
      <source>Choose a f&amp;older…</source>
      <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
      <source>Bills added</source>
      <translation>Factures ajoutées</translation>
    </message>
    <message>
      <source>&amp;Stop reading</source>
      <translation>&amp;Arrêter la lecture</translation>
    </message>
    <message>
      <source>&amp;Remove from the list</source>
      <translation>&amp;Retirer de la liste</translation>
    </message>
  </context>
  <context>
    <name>LetterDateDialog</name>
    <message>
      <source>The letter was posted</source>
      <translation>Le courrier a été envoyé</translation>
    </message>
    <message>
      <source>“{title}”: enter the day you posted it. If you sent it by registered mail, copy the number on the receipt the post office gave you: it proves the sending.</source>
      <translation>« {title} » : indiquez le jour où vous l'avez posté. Si vous l'avez envoyé en recommandé, recopiez le numéro inscrit sur le reçu de La Poste : il prouve l'envoi.</translation>
    </message>
    <message>
      <source>Record the posting</source>
      <translation>Noter l'envoi</translation>
    </message>
    <message>
      <source>Acknowledgement of receipt</source>
      <translation>Avis de réception</translation>
    </message>
    <message>
      <source>“{title}”, posted on {sent}: enter the date written on the acknowledgement of receipt (the pink card, or the date shown on the post office's tracking page). The operator's time to answer runs from that date.</source>
      <translation>« {title} », envoyé le {sent} : indiquez la date inscrite sur l'avis de réception (le carton rose, ou la date affichée sur le suivi de La Poste). Le délai de réponse de l'opérateur court à partir de cette date.</translation>
    </message>
    <message>
      <source>Record the date</source>
      <translation>Noter la date</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>&amp;Registered letter number (optional):</source>
      <translation>&amp;Numéro du recommandé (facultatif) :</translation>
    </message>
    <message>
      <source>Registered letter number</source>
      <translation>Numéro du recommandé</translation>
    </message>
    <message>
      <source>For example: 1A 123 456 7890 1</source>
      <translation>Par exemple : 1A 123 456 7890 1</translation>
    </message>
  </context>
  <context>
    <name>LettersModel</name>
    <message>
      <source>Letter</source>
      <translation>Courrier</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <source>Where it is</source>
      <translation>Où il en est</translation>
    </message>
    <message>
      <source>Registered no.</source>
      <translation>N° de recommandé</translation>
    </message>
    <message>
      <source>Posted on</source>
      <translation>Envoyé le</translation>
    </message>
    <message>
      <source>Receipt signed on</source>
      <translation>Avis de réception du</translation>
    </message>
  </context>
  <context>
    <name>LettersPage</name>
    <message>
      <source>Preview of the letter</source>
      <translation>Aperçu de la lettre</translation>
    </message>
    <message>
      <source>Open the SignalConso website</source>
      <translation>Ouvrir le site SignalConso</translation>
    </message>
    <message>
      <source>No case is open: go back and choose your bills first.</source>
      <translation>Aucune réclamation n'est ouverte : revenez en arrière et choisissez d'abord vos factures.</translation>
    </message>
    <message>
      <source>Refund request (first letter)</source>
      <translation>Demande de remboursement (1re lettre)</translation>
    </message>
    <message>
      <source>To the consumer service (second letter)</source>
      <translation>Au service consommateurs (2e lettre)</translation>
    </message>
    <message>
      <source>To the company that billed you</source>
      <translation>À la société qui vous a facturé</translation>
    </message>
    <message>
      <source>To the telecom mediator</source>
      <translation>Au médiateur des télécoms</translation>
    </message>
    <message>
      <source>Report on SignalConso (text to copy)</source>
      <translation>Signalement SignalConso (texte à copier)</translation>
    </message>
    <message>
      <source>The first step: a registered letter to your operator's customer service asking it to refund the charges you dispute and to block these purchases on your line.</source>
      <translation>La première étape : une lettre recommandée au service clients de votre opérateur, pour demander le remboursement des sommes contestées et le blocage de ces achats sur votre ligne.</translation>
    </message>
    <message>
      <source>Your first letter was sent. If the customer service refused or did not answer, write to the consumer service: the second level of your operator.</source>
      <translation>Votre première lettre est partie. Si le service clients a refusé ou n'a pas répondu, écrivez au service consommateurs : le second niveau de votre opérateur.</translation>
    </message>
    <message>
      <source>Optional: a letter to the company that billed you, to end the subscription. Send it as well as the letter to your operator, not instead of it.</source>
      <translation>Facultatif : une lettre à la société qui vous a facturé, pour mettre fin à l'abonnement. Envoyez-la en plus de la lettre à votre opérateur, pas à sa place.</translation>
    </message>
    <message>
      <source>Free of charge, once you have complained in writing to your operator without a satisfying answer. The notes under the address say whether it is too early.</source>
      <translation>Gratuit, une fois que vous avez réclamé par écrit à votre opérateur sans obtenir de réponse satisfaisante. Les remarques sous l'adresse disent s'il est trop tôt.</translation>
    </message>
    <message>
      <source>A report to the government's consumer protection service. It does not replace your letter to the operator.</source>
      <translation>Un signalement au service de l'État chargé de la protection des consommateurs. Il ne remplace pas votre lettre à l'opérateur.</translation>
    </message>
    <message>
      <source>{letter} – recommended</source>
      <translation>{letter} – conseillée</translation>
    </message>
    <message>
      <source>This does not look like a registered-mail number (for example 1A 234 567 8901 2). It will be kept as you typed it.</source>
      <translation>Ce numéro ne ressemble pas à un numéro de recommandé (par exemple 1A 234 567 8901 2). Il sera gardé tel que vous l'avez tapé.</translation>
    </message>
    <message>
      <source>Updating the preview…</source>
      <translation>Mise à jour de l'aperçu…</translation>
    </message>
    <message>
      <source>Preview: 1 page.</source>
      <translation>Aperçu : 1 page.</translation>
    </message>
    <message>
      <source>Preview: {count} pages.</source>
      <translation>Aperçu : {count} pages.</translation>
    </message>
    <message>
      <source>Where this address comes from: {origin}.</source>
      <translation>D'où vient cette adresse : {origin}.</translation>
    </message>
    <message>
      <source>Before printing, read the remarks under the address, on the left.</source>
      <translation>Avant d'imprimer, lisez les remarques sous l'adresse, à gauche.</translation>
    </message>
    <message>
      <source>Kept in your dossier: “{title}”.</source>
      <translation>Gardée dans votre dossier : « {title} ».</translation>
    </message>
    <message>
      <source>Printed and kept in your dossier. Sign it, then send it by registered mail with acknowledgement of receipt, with the bill copies (“Print the bill copies”).</source>
      <translation>Imprimée et gardée dans votre dossier. Signez-la, puis envoyez-la en recommandé avec accusé de réception, avec les copies des factures (« Imprimer les copies des factures »).</translation>
    </message>
    <message>
      <source>Saved in {path}.</source>
      <translation>Enregistrée dans {path}.</translation>
    </message>
    <message>
      <source>Preparing the bill copies…</source>
      <translation>Préparation des copies des factures…</translation>
    </message>
    <message>
      <source>The bill copies were sent to the printer: put them in the envelope with the letter.</source>
      <translation>Les copies des factures sont parties à l'imprimante : mettez-les dans l'enveloppe avec la lettre.</translation>
    </message>
    <message>
      <source>Bill copies</source>
      <translation>Copies des factures</translation>
    </message>
    <message>
      <source>The text is copied: paste it in the SignalConso form.</source>
      <translation>Le texte est copié : collez-le dans le formulaire de SignalConso.</translation>
    </message>
    <message>
      <source>Recorded: posted on {date}, registered mail number {number}.</source>
      <translation>C'est noté : postée le {date}, recommandé n° {number}.</translation>
    </message>
    <message>
      <source>Recorded: posted on {date}.</source>
      <translation>C'est noté : postée le {date}.</translation>
    </message>
    <message>
      <source>Your case now waits for the answer.</source>
      <translation>Votre réclamation attend maintenant la réponse.</translation>
    </message>
    <message>
      <source>Your letter</source>
      <translation>Votre lettre</translation>
    </message>
    <message>
      <source>Check the letter on the right, then print it, sign it and send it by registered mail with acknowledgement of receipt.</source>
      <translation>Relisez la lettre à droite, puis imprimez-la, signez-la et envoyez-la en recommandé avec accusé de réception.</translation>
    </message>
    <message>
      <source>Which letter</source>
      <translation>Quelle lettre</translation>
    </message>
    <message>
      <source>Compan&amp;y:</source>
      <translation>S&amp;ociété :</translation>
    </message>
    <message>
      <source>From: you</source>
      <translation>De : vous</translation>
    </message>
    <message>
      <source>Your na&amp;me:</source>
      <translation>Votre &amp;nom :</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <source>Your &amp;address:</source>
      <translation>Votre a&amp;dresse :</translation>
    </message>
    <message>
      <source>Your address</source>
      <translation>Votre adresse</translation>
    </message>
    <message>
      <source>Street, then postcode and town, one per line</source>
      <translation>La rue, puis le code postal et la ville, une ligne chacun</translation>
    </message>
    <message>
      <source>&amp;Town where you sign:</source>
      <translation>&amp;Ville où vous signez :</translation>
    </message>
    <message>
      <source>Town where you sign</source>
      <translation>Ville où vous signez</translation>
    </message>
    <message>
      <source>Optional, for example Lyon</source>
      <translation>Facultatif, par exemple Lyon</translation>
    </message>
    <message>
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <source>Recipient's address</source>
      <translation>Adresse du destinataire</translation>
    </message>
    <message>
      <source>Type the address here, as printed on your bill: one line per line</source>
      <translation>Tapez l'adresse ici, comme sur votre facture : une ligne à la fois</translation>
    </message>
    <message>
      <source>Sent by registered mail</source>
      <translation>Envoyée en recommandé</translation>
    </message>
    <message>
      <source>Once posted, note the number on the registered-mail receipt: KKO Guard counts from that date how long the operator has to answer. You can also do it later, from your dossier.</source>
      <translation>Une fois la lettre postée, notez le numéro inscrit sur la preuve de dépôt du recommandé : KKO Guard compte à partir de cette date le temps dont l'opérateur dispose pour répondre. Vous pouvez aussi le faire plus tard, depuis votre dossier.</translation>
    </message>
    <message>
      <source>Registered-mail n&amp;umber:</source>
      <translation>N&amp;uméro du recommandé :</translation>
    </message>
    <message>
      <source>Registered-mail number</source>
      <translation>Numéro du recommandé</translation>
    </message>
    <message>
      <source>Posted &amp;on:</source>
      <translation>Posté &amp;le :</translation>
    </message>
    <message>
      <source>Date posted</source>
      <translation>Date d'envoi</translation>
    </message>
    <message>
      <source>&amp;Record as sent</source>
      <translation>&amp;Marquer comme envoyée</translation>
    </message>
    <message>
      <source>Print and keep</source>
      <translation>Imprimer et garder</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
      <source>Print the bill &amp;copies…</source>
      <translation>Imprimer les &amp;copies des factures…</translation>
    </message>
    <message>
      <source>The pages of your bills with the disputed lines outlined and numbered as in the letter: to send with it.</source>
      <translation>Les pages de vos factures, avec les lignes contestées encadrées et numérotées comme dans la lettre : à envoyer avec elle.</translation>
    </message>
    <message>
      <source>Save the bill copies as P&amp;DF…</source>
      <translation>Enregistrer les copies des factures en P&amp;DF…</translation>
    </message>
    <message>
      <source>&amp;Keep in my dossier</source>
      <translation>&amp;Garder dans mon dossier</translation>
    </message>
    <message>
      <source>Copy this text and paste it in the report form on SignalConso, in the telephone and internet category. It is a report to the State, not a complaint: it does not replace your letter to the operator.</source>
      <translation>Copiez ce texte et collez-le dans le formulaire de signalement de SignalConso, dans la catégorie téléphonie et internet. C'est un signalement à l'État, pas une réclamation : il ne remplace pas votre lettre à l'opérateur.</translation>
    </message>
    <message>
      <source>Text of the report</source>
      <translation>Texte du signalement</translation>
    </message>
    <message>
      <source>Copy the te&amp;xt</source>
      <translation>Copier le te&amp;xte</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>“{name}”</source>
      <translation>« {name} »</translation>
    </message>
    <message>
      <source>An analysis is under way.</source>
      <translation>Une analyse est en cours.</translation>
    </message>
    <message>
      <source>To add {files}, finish or cancel the analysis on screen, then open the files again.</source>
      <translation>Pour ajouter {files}, terminez ou annulez l'analyse affichée, puis ouvrez de nouveau ces fichiers.</translation>
    </message>
    <message>
      <source>Text size: {percent} %</source>
      <translation>Taille du texte : {percent} %</translation>
    </message>
    <message>
      <source>KKO Guard - backup {date}</source>
      <translation>KKO Guard - sauvegarde {date}</translation>
    </message>
    <message>
      <source>Back up the dossier</source>
      <translation>Sauvegarder le dossier</translation>
    </message>
    <message>
      <source>KKO Guard backups (*{suffix})</source>
      <translation>Sauvegardes KKO Guard (*{suffix})</translation>
    </message>
    <message>
      <source>Backing up the dossier…</source>
      <translation>Sauvegarde du dossier en cours…</translation>
    </message>
    <message>
      <source>Backup saved</source>
      <translation>Sauvegarde enregistrée</translation>
    </message>
    <message>
      <source>The backup was saved as:
{path}

It is encrypted like your dossier: it opens with the same keyring, passphrase or recovery key. Keep a copy away from this computer, for example on a USB stick.</source>
      <translation>La sauvegarde a été enregistrée ici :
{path}

Elle est chiffrée comme votre dossier : elle s'ouvre de la même façon (par le coffre à mots de passe de cet ordinateur, votre phrase secrète ou votre clé de secours). Gardez-en une copie ailleurs que sur cet ordinateur, par exemple sur une clé USB.</translation>
    </message>
    <message>
      <source>Backup not saved</source>
      <translation>Sauvegarde non enregistrée</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <source>KKO Guard backups (*{suffix});;All files (*)</source>
      <translation>Sauvegardes KKO Guard (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Replace your dossier with this backup?</source>
      <translation>Remplacer votre dossier par cette sauvegarde ?</translation>
    </message>
    <message>
      <source>Everything in your dossier now (your claims, bills, letters and notes) will be replaced by what the backup “{name}” holds. What you added after that backup was made will no longer be shown.

Your dossier of today is not deleted: KKO Guard puts it aside in its folder (“backups”), in case you need it.</source>
      <translation>Tout ce que contient votre dossier aujourd'hui (vos réclamations, factures, lettres et notes) sera remplacé par le contenu de la sauvegarde « {name} ». Ce que vous avez ajouté après cette sauvegarde ne sera plus affiché.

Votre dossier actuel n'est pas effacé : KKO Guard le met de côté dans son dossier (« backups »), au cas où vous en auriez besoin.</translation>
    </message>
    <message>
      <source>&amp;Replace my dossier</source>
      <translation>&amp;Remplacer mon dossier</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>Restauration de la sauvegarde en cours…</translation>
    </message>
    <message>
      <source>Backup not restored</source>
      <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
      <source>Passphrase or recovery key of the backup:</source>
      <translation>Phrase secrète ou clé de secours de la sauvegarde :</translation>
    </message>
    <message>
      <source>Your dossier was not changed.</source>
      <translation>Votre dossier n'a pas été modifié.</translation>
    </message>
    <message>
      <source>KKO Guard</source>
      <translation>KKO Guard</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>Affic&amp;hage</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;Home</source>
      <translation>&amp;Accueil</translation>
    </message>
    <message>
      <source>&amp;Analyse bills…</source>
      <translation>A&amp;nalyser des factures…</translation>
    </message>
    <message>
      <source>&amp;Dossier</source>
      <translation>&amp;Dossier</translation>
    </message>
    <message>
      <source>&amp;Back up the dossier…</source>
      <translation>&amp;Sauvegarder le dossier…</translation>
    </message>
    <message>
      <source>&amp;Restore a backup…</source>
      <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
      <source>Add to my &amp;calendar…</source>
      <translation>Ajouter à mon a&amp;genda…</translation>
    </message>
    <message>
      <source>A+   &amp;Larger text</source>
      <translation>A+   Texte plus &amp;grand</translation>
    </message>
    <message>
      <source>A−   &amp;Smaller text</source>
      <translation>A−   Texte plus &amp;petit</translation>
    </message>
    <message>
      <source>&amp;Normal text size</source>
      <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
      <source>&amp;Guide to KKO Guard</source>
      <translation>&amp;Guide de KKO Guard</translation>
    </message>
    <message>
      <source>&amp;Where is my dossier?</source>
      <translation>&amp;Où est mon dossier ?</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;About KKO Guard</source>
      <translation>À &amp;propos de KKO Guard</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>Bill copies {date}.pdf</source>
      <translation>Copies des factures {date}.pdf</translation>
    </message>
    <message>
      <source>This document cannot be printed: it could not be read.</source>
      <translation>Ce document ne peut pas être imprimé : il n'a pas pu être lu.</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Imprimer</translation>
    </message>
    <message>
      <source>The document could not be sent to the printer. Check that the printer is on, then try again.</source>
      <translation>Le document n'a pas pu être envoyé à l'imprimante. Vérifiez que l'imprimante est allumée, puis réessayez.</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Enregistrer en PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The file could not be saved in “{folder}” (disk full or protected folder). Choose another folder.</source>
      <translation>Le fichier n'a pas pu être enregistré dans « {folder} » (disque plein ou dossier protégé). Choisissez un autre dossier.</translation>
    </message>
    <message>
      <source>KKO Guard</source>
      <translation>KKO Guard</translation>
    </message>
  </context>
  <context>
    <name>RefundDialog</name>
    <message>
      <source>You claimed {claimed}; {refunded} already refunded; still to be refunded: {remaining}.</source>
      <translation>Vous avez réclamé {claimed} ; {refunded} déjà remboursés ; reste à rembourser : {remaining}.</translation>
    </message>
    <message>
      <source>Credit on a bill</source>
      <translation>Avoir sur une facture</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>Virement bancaire</translation>
    </message>
    <message>
      <source>Cheque</source>
      <translation>Chèque</translation>
    </message>
    <message>
      <source>Voucher</source>
      <translation>Bon d'achat</translation>
    </message>
    <message>
      <source>Record the refund</source>
      <translation>Enregistrer le remboursement</translation>
    </message>
    <message>
      <source>Record a refund</source>
      <translation>Noter un remboursement</translation>
    </message>
    <message>
      <source>Write down the money the operator gave back: a credit on a bill, a bank transfer, a cheque or a voucher.</source>
      <translation>Notez l'argent rendu par l'opérateur : un avoir sur une facture, un virement, un chèque ou un bon d'achat.</translation>
    </message>
    <message>
      <source>&amp;Amount refunded (€):</source>
      <translation>&amp;Montant remboursé (€) :</translation>
    </message>
    <message>
      <source>Amount refunded in euros</source>
      <translation>Montant remboursé en euros</translation>
    </message>
    <message>
      <source>For example: 12,50</source>
      <translation>Par exemple : 12,50</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>Date of the refund</source>
      <translation>Date du remboursement</translation>
    </message>
    <message>
      <source>&amp;How (optional):</source>
      <translation>&amp;Comment (facultatif) :</translation>
    </message>
    <message>
      <source>How the money was given back</source>
      <translation>Comment l'argent a été rendu</translation>
    </message>
    <message>
      <source>Enter the amount in euros, for example 12,50.</source>
      <translation>Indiquez le montant en euros, par exemple 12,50.</translation>
    </message>
    <message>
      <source>The case is &amp;settled: I do not expect any more money</source>
      <translation>La réclamation est &amp;réglée : je n'attends plus d'argent</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>Suspicious charges</source>
      <translation>Prélèvements suspects</translation>
    </message>
    <message>
      <source>All charges</source>
      <translation>Tous les prélèvements</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Attention</translation>
    </message>
    <message>
      <source>Summary of the suspicious charges</source>
      <translation>Résumé des prélèvements suspects</translation>
    </message>
    <message>
      <source>Add a missed line…</source>
      <translation>Ajouter une ligne oubliée…</translation>
    </message>
    <message>
      <source>Draw a box round a line of the bill that is missing from the list, or click on it</source>
      <translation>Tracez un cadre autour d'une ligne de la facture absente de la liste, ou cliquez dessus</translation>
    </message>
    <message>
      <source>Correct…</source>
      <translation>Corriger…</translation>
    </message>
    <message>
      <source>Correct the amount, the date or the company of the selected line</source>
      <translation>Corriger le montant, la date ou la société de la ligne choisie</translation>
    </message>
    <message>
      <source>Not a charge</source>
      <translation>Pas un achat</translation>
    </message>
    <message>
      <source>This line is not something you pay (a subtotal, a reminder): it is left out of the sums</source>
      <translation>Cette ligne n'est pas une somme à payer (un sous-total, un rappel) : elle n'est pas comptée</translation>
    </message>
    <message>
      <source>Read from a photo or a scan: check the amounts marked {mark} on your paper bill before you claim them.</source>
      <translation>Lu sur une photo ou un scan : vérifiez les montants marqués {mark} sur votre facture papier avant de les réclamer.</translation>
    </message>
    <message>
      <source>Read from a photo or a scan: the amounts look right, but compare them with your paper bill before you claim them.</source>
      <translation>Lu sur une photo ou un scan : les montants semblent justes, mais comparez-les avec votre facture papier avant de les réclamer.</translation>
    </message>
    <message>
      <source>the bill “{file}”</source>
      <translation>la facture « {file} »</translation>
    </message>
    <message>
      <source>the {operator} bill of {month}</source>
      <translation>la facture {operator} de {month}</translation>
    </message>
    <message>
      <source>the bill of {month}</source>
      <translation>la facture de {month}</translation>
    </message>
    <message>
      <source>We did not find the total of {bill}, so we cannot tell whether every line was read: look at the page and add any line missing from the list.</source>
      <translation>Nous n'avons pas trouvé le total de {bill} : nous ne pouvons donc pas savoir si toutes ses lignes ont été lues. Regardez la page et ajoutez les lignes absentes de la liste.</translation>
    </message>
    <message>
      <source>We could not find {amount} of {bill}: look at the page and add the missed lines.</source>
      <translation>Nous n'avons pas retrouvé {amount} de {bill} : regardez la page et ajoutez les lignes oubliées.</translation>
    </message>
    <message>
      <source>The lines found come to {amount} more than the total of {bill}: a line may have been counted twice. Look at the page and mark it “Not a charge”.</source>
      <translation>Les lignes trouvées dépassent de {amount} le total de {bill} : une ligne a peut-être été comptée deux fois. Regardez la page et marquez-la « Ce n'est pas un achat ».</translation>
    </message>
    <message>
      <source>{bill} mentions {names} but we could not tie it to an amount: look at the page and add the line if it is missing.</source>
      <translation>{bill} mentionne {names}, sans que nous ayons pu y rattacher un montant : regardez la page et ajoutez la ligne si elle manque.</translation>
    </message>
    <message>
      <source>“{copy}” is the same bill as “{first}”: it is counted once.</source>
      <translation>« {copy} » est la même facture que « {first} » : elle n'est comptée qu'une fois.</translation>
    </message>
    <message>
      <source>“{file}” is already in your dossier (imported on {day}): already imported, it will not be claimed twice.</source>
      <translation>« {file} » est déjà dans votre dossier (importée le {day}) : déjà importée, elle ne sera pas réclamée deux fois.</translation>
    </message>
    <message>
      <source>The lines you added or corrected on “{file}” are shown as you left them.</source>
      <translation>Les lignes que vous aviez ajoutées ou corrigées sur « {file} » sont affichées comme vous les aviez laissées.</translation>
    </message>
    <message>
      <source>{merchant}: {total} (1 charge)</source>
      <translation>{merchant} : {total} (1 prélèvement)</translation>
    </message>
    <message>
      <source>{merchant}: {total} ({count} charges)</source>
      <translation>{merchant} : {total} ({count} prélèvements)</translation>
    </message>
    <message>
      <source>{merchant}: {total} taken since {first}, every week ({count} charges)</source>
      <translation>{merchant} : {total} prélevés depuis le {first}, chaque semaine ({count} prélèvements)</translation>
    </message>
    <message>
      <source>{merchant}: {total} taken since {first}, every month ({count} charges)</source>
      <translation>{merchant} : {total} prélevés depuis le {first}, chaque mois ({count} prélèvements)</translation>
    </message>
    <message>
      <source>{merchant}: {total} taken on {first}</source>
      <translation>{merchant} : {total} prélevés le {first}</translation>
    </message>
    <message>
      <source>{merchant}: {total} taken since {first} ({count} charges)</source>
      <translation>{merchant} : {total} prélevés depuis le {first} ({count} prélèvements)</translation>
    </message>
    <message>
      <source>Nothing ticked</source>
      <translation>Rien n'est coché</translation>
    </message>
    <message>
      <source>You have not ticked any charge, so there will be nothing to claim. Your bills will still be kept in your dossier.

Continue anyway?</source>
      <translation>Vous n'avez coché aucun prélèvement : il n'y aura donc rien à réclamer. Vos factures seront tout de même conservées dans votre dossier.

Continuer quand même ?</translation>
    </message>
    <message>
      <source>Why it looks suspicious:</source>
      <translation>Pourquoi il semble suspect :</translation>
    </message>
    <message>
      <source>Nothing suspicious about this line.</source>
      <translation>Rien de suspect sur cette ligne.</translation>
    </message>
    <message>
      <source>On the bill, draw a box round the missing line with the mouse, or click on it. Press Escape to cancel.</source>
      <translation>Sur la facture, tracez avec la souris un cadre autour de la ligne oubliée, ou cliquez dessus. Touche Échap pour annuler.</translation>
    </message>
    <message>
      <source>Reading the line…</source>
      <translation>Lecture de la ligne…</translation>
    </message>
    <message>
      <source>Add a missed line</source>
      <translation>Ajouter une ligne oubliée</translation>
    </message>
    <message>
      <source>Correct this line</source>
      <translation>Corriger cette ligne</translation>
    </message>
    <message>
      <source>Show this bill</source>
      <translation>Voir cette facture</translation>
    </message>
    <message>
      <source>Nothing suspicious was found on these bills. If you see a charge you do not recognise, choose “All charges” and tick it.</source>
      <translation>Rien de suspect n'a été trouvé sur ces factures. Si vous voyez un prélèvement que vous ne reconnaissez pas, choisissez « Tous les prélèvements » et cochez-le.</translation>
    </message>
    <message>
      <source>Suspicious charges in all: {total}</source>
      <translation>Total des prélèvements suspects : {total}</translation>
    </message>
    <message>
      <source>1 file could not be read (show why)</source>
      <translation>1 fichier n'a pas pu être lu (voir pourquoi)</translation>
    </message>
    <message>
      <source>{count} files could not be read (show why)</source>
      <translation>{count} fichiers n'ont pas pu être lus (voir pourquoi)</translation>
    </message>
    <message>
      <source>Nothing is ticked: there will be nothing to claim. Tick the charges you did not agree to.</source>
      <translation>Rien n'est coché : il n'y aura rien à réclamer. Cochez les prélèvements que vous n'avez pas acceptés.</translation>
    </message>
    <message>
      <source>Ticked: 1 charge, {total} to claim.</source>
      <translation>Coché : 1 prélèvement, {total} à réclamer.</translation>
    </message>
    <message>
      <source>Ticked: {count} charges, {total} to claim.</source>
      <translation>Cochés : {count} prélèvements, {total} à réclamer.</translation>
    </message>
    <message>
      <source>Saving your bills in your dossier…</source>
      <translation>Enregistrement de vos factures dans votre dossier…</translation>
    </message>
    <message>
      <source>One claim for each phone line</source>
      <translation>Une réclamation par ligne téléphonique</translation>
    </message>
    <message>
      <source>Your bills are for {count} different phone lines or operators. Each operator refunds the charges of its own lines, so KKO Guard prepares a separate claim for each one.

We go on now with “{title}”, where the most money was taken. The others are kept in your dossier, ready for when you want to deal with them:
{others}</source>
      <translation>Vos factures concernent {count} lignes téléphoniques ou opérateurs différents. Chaque opérateur rembourse les prélèvements de ses propres lignes : KKO Guard prépare donc une réclamation pour chacune.

Nous continuons maintenant avec « {title} », où le plus d'argent a été prélevé. Les autres sont gardées dans votre dossier, prêtes pour le moment où vous voudrez vous en occuper :
{others}</translation>
    </message>
    <message>
      <source>A bill could not be opened again to keep it in your dossier (“{name}”). Put it back where it was, or go back and add it again.</source>
      <translation>Une facture n'a pas pu être rouverte pour la conserver dans votre dossier (« {name} »). Remettez-la à son emplacement, ou revenez en arrière pour l'ajouter à nouveau.</translation>
    </message>
    <message>
      <source>Check the charges</source>
      <translation>Vérifiez les prélèvements</translation>
    </message>
    <message>
      <source>Ticked charges are the ones you will ask to be refunded. Click a line to see it on your bill.</source>
      <translation>Les prélèvements cochés sont ceux dont vous demanderez le remboursement. Cliquez sur une ligne pour la voir sur votre facture.</translation>
    </message>
    <message>
      <source>What KKO Guard found</source>
      <translation>Ce que KKO Guard a trouvé</translation>
    </message>
    <message>
      <source>Bills read from a photo or a scan</source>
      <translation>Factures lues sur une photo ou un scan</translation>
    </message>
    <message>
      <source>S&amp;how:</source>
      <translation>A&amp;fficher :</translation>
    </message>
    <message>
      <source>Search a word or a company</source>
      <translation>Chercher un mot ou une société</translation>
    </message>
    <message>
      <source>Search the charges</source>
      <translation>Chercher dans les prélèvements</translation>
    </message>
    <message>
      <source>Charges found on your bills</source>
      <translation>Prélèvements trouvés sur vos factures</translation>
    </message>
    <message>
      <source>&amp;Dispute all suspicious</source>
      <translation>&amp;Contester tous les suspects</translation>
    </message>
    <message>
      <source>&amp;Untick all</source>
      <translation>&amp;Tout décocher</translation>
    </message>
  </context>
  <context>
    <name>StepsPage</name>
    <message>
      <source>Other operator</source>
      <translation>Autre opérateur</translation>
    </message>
    <message>
      <source>Contacts of {name}</source>
      <translation>Contacts de {name}</translation>
    </message>
    <message>
      <source>your operator</source>
      <translation>votre opérateur</translation>
    </message>
    <message>
      <source>Shows or hides every step, what to keep as proof, the contacts and our sources.</source>
      <translation>Affiche ou cache toutes les étapes, ce qu'il faut garder comme preuve, les contacts et nos sources.</translation>
    </message>
    <message>
      <source>Fewer details</source>
      <translation>Moins de détails</translation>
    </message>
    <message>
      <source>More details</source>
      <translation>Plus de détails</translation>
    </message>
    <message>
      <source>What to do now with {name}</source>
      <translation>À faire maintenant chez {name}</translation>
    </message>
    <message>
      <source>{name} sells no internet box in our guide: check your choice.</source>
      <translation>D'après notre guide, {name} ne propose pas de box internet : vérifiez votre choix.</translation>
    </message>
    <message>
      <source>{name} sells no mobile line in our guide: check your choice.</source>
      <translation>D'après notre guide, {name} ne propose pas de ligne mobile : vérifiez votre choix.</translation>
    </message>
    <message>
      <source>{name} has no prepaid card in our guide: check your choice.</source>
      <translation>D'après notre guide, {name} ne propose pas de carte prépayée : vérifiez votre choix.</translation>
    </message>
    <message>
      <source>We have no guide for this operator: these steps apply to every operator.</source>
      <translation>Nous n'avons pas de guide pour cet opérateur : ces étapes valent pour tous les opérateurs.</translation>
    </message>
    <message>
      <source>Step {number}: {title}</source>
      <translation>Étape {number} : {title}</translation>
    </message>
    <message>
      <source>Step {number}</source>
      <translation>Étape {number}</translation>
    </message>
    <message>
      <source>The number to call is printed on your bill or contract.</source>
      <translation>Le numéro à appeler est imprimé sur votre facture ou votre contrat.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>C'est fait</translation>
    </message>
    <message>
      <source>Open the page</source>
      <translation>Ouvrir la page</translation>
    </message>
    <message>
      <source>Open the page {site}</source>
      <translation>Ouvrir la page {site}</translation>
    </message>
    <message>
      <source>Write the letter</source>
      <translation>Préparer la lettre</translation>
    </message>
    <message>
      <source>Write the letter on the next page</source>
      <translation>Préparer la lettre, à la page suivante</translation>
    </message>
    <message>
      <source>KKO Guard prepares it for you on the next page.</source>
      <translation>KKO Guard la prépare pour vous à la page suivante.</translation>
    </message>
    <message>
      <source>Check this number on your bill before you call.</source>
      <translation>Vérifiez ce numéro sur votre facture avant d'appeler.</translation>
    </message>
    <message>
      <source>This page may have changed: if you cannot find your way, look at your bill.</source>
      <translation>Cette page a pu changer : si vous ne vous y retrouvez pas, regardez votre facture.</translation>
    </message>
    <message>
      <source>We could not confirm every detail: if your bill or contract says otherwise, follow them.</source>
      <translation>Nous n'avons pas pu tout vérifier : si votre facture ou votre contrat dit autre chose, suivez-les.</translation>
    </message>
    <message>
      <source>On your bill</source>
      <translation>Sur votre facture</translation>
    </message>
    <message>
      <source>How we know this</source>
      <translation>D'où viennent ces informations</translation>
    </message>
    <message>
      <source>1. See what you were charged</source>
      <translation>1. Voir ce qui vous a été facturé</translation>
    </message>
    <message>
      <source>2. Stop the subscriptions</source>
      <translation>2. Arrêter les abonnements</translation>
    </message>
    <message>
      <source>3. Block these purchases on your line</source>
      <translation>3. Bloquer ces achats sur votre ligne</translation>
    </message>
    <message>
      <source>4. Complain and ask for a refund</source>
      <translation>4. Réclamer et demander le remboursement</translation>
    </message>
    <message>
      <source>5. Report it</source>
      <translation>5. Signaler le problème</translation>
    </message>
    <message>
      <source>Copy the number</source>
      <translation>Copier le numéro</translation>
    </message>
    <message>
      <source>Done: {title}</source>
      <translation>Fait : {title}</translation>
    </message>
    <message>
      <source>Tick when this step is done</source>
      <translation>Cochez quand cette étape est faite</translation>
    </message>
    <message>
      <source>Keep as proof: {proof}</source>
      <translation>À garder comme preuve : {proof}</translation>
    </message>
    <message>
      <source>Cost: {cost}</source>
      <translation>Coût : {cost}</translation>
    </message>
    <message>
      <source>Website:</source>
      <translation>Site :</translation>
    </message>
    <message>
      <source>Open the website {site}</source>
      <translation>Ouvrir le site {site}</translation>
    </message>
    <message>
      <source>Number:</source>
      <translation>Numéro :</translation>
    </message>
    <message>
      <source>Copy the number {number}</source>
      <translation>Copier le numéro {number}</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Copié</translation>
    </message>
    <message>
      <source>Our guide for {name} was checked on {date}. References in our research notes: {source}.</source>
      <translation>Notre guide pour {name} a été vérifié le {date}. Références de nos notes de recherche : {source}.</translation>
    </message>
    <message>
      <source>{title}: {source}</source>
      <translation>{title} : {source}</translation>
    </message>
    <message>
      <source>Customer service (your first written complaint)</source>
      <translation>Service clients (votre première réclamation écrite)</translation>
    </message>
    <message>
      <source>Consumer service (if the customer service does not help)</source>
      <translation>Service consommateurs (si le service clients ne règle pas le problème)</translation>
    </message>
    <message>
      <source>Complain online</source>
      <translation>Réclamer en ligne</translation>
    </message>
    <message>
      <source>Checked in official sources.</source>
      <translation>Vérifié dans des sources officielles.</translation>
    </message>
    <message>
      <source>Probably right.</source>
      <translation>Probablement exact.</translation>
    </message>
    <message>
      <source>Not confirmed: check it on your bill or contract.</source>
      <translation>Non confirmé : vérifiez-le sur votre facture ou votre contrat.</translation>
    </message>
    <message>
      <source>Not found in our sources: check your bill or contract.</source>
      <translation>Introuvable dans nos sources : regardez votre facture ou votre contrat.</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>Téléphone :</translation>
    </message>
    <message>
      <source>Address:</source>
      <translation>Adresse :</translation>
    </message>
    <message>
      <source>What to do, step by step</source>
      <translation>Que faire, étape par étape</translation>
    </message>
    <message>
      <source>Start with the steps at the top. Tick each one when it is done: your progress is kept in your dossier.</source>
      <translation>Commencez par les étapes du haut. Cochez chacune quand elle est faite : votre avancement est gardé dans votre dossier.</translation>
    </message>
    <message>
      <source>What to do now</source>
      <translation>À faire maintenant</translation>
    </message>
    <message>
      <source>Your situation (change it if it is wrong)</source>
      <translation>Votre situation (changez-la si elle n'est pas juste)</translation>
    </message>
    <message>
      <source>&amp;Operator:</source>
      <translation>&amp;Opérateur :</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Opérateur</translation>
    </message>
    <message>
      <source>Concerns:</source>
      <translation>Concerne :</translation>
    </message>
    <message>
      <source>A &amp;mobile line</source>
      <translation>Une ligne &amp;mobile</translation>
    </message>
    <message>
      <source>An &amp;internet box</source>
      <translation>Une box &amp;internet</translation>
    </message>
    <message>
      <source>You pay:</source>
      <translation>Vous payez :</translation>
    </message>
    <message>
      <source>With a monthly bill (p&amp;lan)</source>
      <translation>Avec une facture chaque mois (&amp;forfait)</translation>
    </message>
    <message>
      <source>With a &amp;prepaid card</source>
      <translation>Avec une carte prépa&amp;yée</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Ce qui s'est passé</translation>
    </message>
    <message>
      <source>With whom</source>
      <translation>Avec qui</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>&amp;Recovery key:</source>
      <translation>&amp;Clé de secours :</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Clé de secours</translation>
    </message>
    <message>
      <source>Type the passphrase you chose when you created your dossier. If you have forgotten it, type the recovery key from the sheet you printed that day.</source>
      <translation>Tapez la phrase secrète que vous avez choisie en créant votre dossier. Si vous l'avez oubliée, tapez la clé de secours inscrite sur la feuille imprimée ce jour-là.</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Attention</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Verrouillé</translation>
    </message>
    <message>
      <source>Type your recovery key.</source>
      <translation>Tapez votre clé de secours.</translation>
    </message>
    <message>
      <source>Type your passphrase or your recovery key.</source>
      <translation>Tapez votre phrase secrète ou votre clé de secours.</translation>
    </message>
    <message>
      <source>Open your dossier – KKO Guard</source>
      <translation>Ouvrir votre dossier – KKO Guard</translation>
    </message>
    <message>
      <source>Encrypted dossier</source>
      <translation>Dossier chiffré</translation>
    </message>
    <message>
      <source>Open your dossier</source>
      <translation>Ouvrir votre dossier</translation>
    </message>
    <message>
      <source>&amp;Passphrase or recovery key:</source>
      <translation>&amp;Phrase secrète ou clé de secours :</translation>
    </message>
    <message>
      <source>Passphrase or recovery key</source>
      <translation>Phrase secrète ou clé de secours</translation>
    </message>
    <message>
      <source>&amp;Show what I type</source>
      <translation>&amp;Afficher ce que je tape</translation>
    </message>
    <message>
      <source>Opening the dossier</source>
      <translation>Ouverture du dossier</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Try again</source>
      <translation>&amp;Réessayer</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <source>Encrypted</source>
      <translation>Chiffré</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Attention</translation>
    </message>
    <message>
      <source>At least {count} characters, for example four words you will remember. Write it down and keep it somewhere safe: without it or the recovery key, nobody can open your dossier, not even us.</source>
      <translation>Au moins {count} caractères, par exemple quatre mots dont vous vous souviendrez. Notez-la et gardez-la en lieu sûr : sans elle ni la clé de secours, personne ne peut ouvrir votre dossier, pas même nous.</translation>
    </message>
    <message>
      <source>Creating your encrypted dossier…</source>
      <translation>Création de votre dossier chiffré…</translation>
    </message>
    <message>
      <source>The two passphrases are different. Type the same passphrase in both boxes.</source>
      <translation>Les deux phrases secrètes sont différentes. Tapez la même phrase dans les deux cases.</translation>
    </message>
    <message>
      <source>KKO Guard</source>
      <translation>KKO Guard</translation>
    </message>
    <message>
      <source>Preparing the page to print…</source>
      <translation>Préparation de la page à imprimer…</translation>
    </message>
    <message>
      <source>KKO Guard recovery key</source>
      <translation>Clé de secours KKO Guard</translation>
    </message>
    <message>
      <source>The page was sent to the printer.</source>
      <translation>La page a été envoyée à l'imprimante.</translation>
    </message>
    <message>
      <source>KKO Guard recovery key.pdf</source>
      <translation>Clé de secours KKO Guard.pdf</translation>
    </message>
    <message>
      <source>Saved as {path}. Print it, or copy it to a USB stick that you keep away from this computer, then delete it from here.</source>
      <translation>Enregistrée ici : {path}. Imprimez-la, ou copiez-la sur une clé USB rangée loin de cet ordinateur, puis supprimez-la d'ici.</translation>
    </message>
    <message>
      <source>Welcome to KKO Guard</source>
      <translation>Bienvenue dans KKO Guard</translation>
    </message>
    <message>
      <source>KKO Guard reads your phone and internet bills and finds the charges billed by other companies (Internet+, SMS+, Gallery…). It explains each suspicious charge and shows you how to block these services. It prepares the letters to get your money back and reminds you of the deadlines.</source>
      <translation>KKO Guard lit vos factures de téléphone et d'internet et y trouve les sommes facturées par d'autres sociétés (Internet+, SMS+, Gallery…). Il vous explique chacun des frais suspects et vous montre comment bloquer ces services. Il prépare les lettres pour vous faire rembourser et vous rappelle les délais.</translation>
    </message>
    <message>
      <source>Everything stays on this computer. Your bills, letters and notes are kept in an encrypted dossier that only you can open. Nothing is sent over the internet.</source>
      <translation>Tout reste sur cet ordinateur. Vos factures, lettres et notes sont gardées dans un dossier chiffré que vous seul pouvez ouvrir. Rien n'est envoyé sur internet.</translation>
    </message>
    <message>
      <source>Next, you will get a recovery key: a code that opens your dossier if anything goes wrong. Have a printer, or a pen and paper, ready.</source>
      <translation>Ensuite, vous recevrez une clé de secours : un code qui ouvre votre dossier en cas de problème. Préparez une imprimante, ou un papier et un stylo.</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Create my dossier</source>
      <translation>&amp;Créer mon dossier</translation>
    </message>
    <message>
      <source>Choose a passphrase</source>
      <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
      <source>This computer has no keyring where KKO Guard could keep the key of your dossier. Choose a passphrase instead: you will type it each time you open KKO Guard.</source>
      <translation>Cet ordinateur n'a pas de coffre à mots de passe où KKO Guard pourrait ranger la clé de votre dossier. Choisissez plutôt une phrase secrète : vous la taperez à chaque ouverture de KKO Guard.</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>Type it &amp;again:</source>
      <translation>Re&amp;tapez-la :</translation>
    </message>
    <message>
      <source>Passphrase, again</source>
      <translation>Phrase secrète, une deuxième fois</translation>
    </message>
    <message>
      <source>&amp;Show what I type</source>
      <translation>&amp;Afficher ce que je tape</translation>
    </message>
    <message>
      <source>Creating your encrypted dossier</source>
      <translation>Création de votre dossier chiffré</translation>
    </message>
    <message>
      <source>Your recovery key</source>
      <translation>Votre clé de secours</translation>
    </message>
    <message>
      <source>Your dossier is ready. If you forget your passphrase or this computer's keyring is reset, this key is the only way to open it. Print it or write it down now, and keep the paper somewhere safe, away from the computer. It will not be shown again.</source>
      <translation>Votre dossier est prêt. Si vous oubliez votre phrase secrète ou si le coffre à mots de passe de cet ordinateur est effacé, cette clé sera le seul moyen de l'ouvrir. Imprimez-la ou recopiez-la maintenant, et rangez le papier en lieu sûr, loin de l'ordinateur. Elle ne sera plus jamais affichée.</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Clé de secours</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>Save as P&amp;DF…</source>
      <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
      <source>I have &amp;written down or printed my recovery key</source>
      <translation>J'ai &amp;noté ou imprimé ma clé de secours</translation>
    </message>
    <message>
      <source>C&amp;ontinue</source>
      <translation>C&amp;ontinuer</translation>
    </message>
  </context>
  <context>
    <name>WhereDialog</name>
    <message>
      <source>Where is my dossier?</source>
      <translation>Où est mon dossier ?</translation>
    </message>
    <message>
      <source>Your dossier is in this folder:</source>
      <translation>Votre dossier est rangé à cet endroit de l'ordinateur :</translation>
    </message>
    <message>
      <source>Encrypted</source>
      <translation>Chiffré</translation>
    </message>
    <message>
      <source>The files in it are encrypted: they can only be read with KKO Guard. Do not move or change them. To keep a copy, use File &gt; Back up the dossier… instead.</source>
      <translation>Les fichiers qu'il contient sont chiffrés : seul KKO Guard peut les lire. Ne les déplacez pas et ne les modifiez pas. Pour en garder une copie, utilisez plutôt Fichier &gt; Sauvegarder le dossier…</translation>
    </message>
    <message>
      <source>&amp;Open this folder</source>
      <translation>&amp;Ouvrir cet emplacement</translation>
    </message>
  </context>
</TS>