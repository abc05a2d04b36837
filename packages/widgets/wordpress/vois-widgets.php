<?php
/**
 * Plugin Name: VOIS-Online Widgets
 * Description: Online-Dienste des Melderegisters (Meldebescheinigung, Abmeldung einer Nebenwohnung, Übermittlungssperren, Selbstauskunft) als Shortcode [vois]. Einstellungen unter Einstellungen → VOIS-Online.
 * Version: 0.1.0
 * License: EUPL-1.2
 *
 * Must-use plugin: copy this file to wp-content/mu-plugins/ (Debian: /var/lib/wordpress/wp-content/mu-plugins/).
 * It loads the widget loader with its SRI hash on every front-end page, adds the settings page
 * (API address, municipality key, theme, language, Bürgerbüro page — per site, also on multisite)
 * and the shortcode [vois widget="meldebescheinigung"], which editors without the
 * unfiltered_html right can use. See docs/EMBEDDING.md, section "WordPress".
 */

defined('ABSPATH') || exit;

// Version and the loader's SRI hash: written by the build (scripts/build/snippet.mjs) from
// dist/cdn/<version>/manifest.json. Do not edit by hand; take the file of the new version.
define('VOIS_WIDGETS_VERSION', '0.1.0');
define('VOIS_WIDGETS_LOADER_INTEGRITY', 'sha384-ouW65ruHMvjrwwAHQx9WhQPRmMOW3qqtl4Gl31p6RC4nr2Ox4+1w4yosnYD1X4Dx');

/** The services, element name without "vois-" → name for the fallback link. */
function vois_widgets_services() {
  return array(
    'meldebescheinigung' => 'Meldebescheinigung',
    'abmeldung-nebenwohnung' => 'Abmeldung einer Nebenwohnung',
    'uebermittlungssperren' => 'Übermittlungssperren',
    'selbstauskunft' => 'Selbstauskunft aus dem Melderegister',
    'dienste' => 'Online-Dienste des Melderegisters',
  );
}

function vois_widgets_themes() {
  return array('default', 'strausberg', 'oranienburg', 'premnitz', 'werder-havel', 'erkner', 'wittenberge');
}

/** This site's settings (each site of a network has its own). Nothing is preset: no default town. */
function vois_widgets_options() {
  $stored = get_option('vois_widgets', array());
  return array_merge(
    array('api' => '', 'kommune' => '', 'theme' => 'default', 'lang' => '', 'files' => '', 'link' => ''),
    is_array($stored) ? $stored : array()
  );
}

/** Folder that holds the version folders, e.g. https://www.example.de/wp-content/vois. */
function vois_widgets_files_base() {
  $o = vois_widgets_options();
  return untrailingslashit($o['files'] !== '' ? $o['files'] : content_url('vois'));
}

// ------------------------------------------------------------------ the loader on every page
add_action('wp_footer', function () {
  printf(
    '<script type="module" src="%s" integrity="%s" crossorigin="anonymous"></script>' . "\n",
    esc_url(vois_widgets_files_base() . '/' . VOIS_WIDGETS_VERSION . '/loader.js'),
    esc_attr(VOIS_WIDGETS_LOADER_INTEGRITY)
  );
});

// ------------------------------------------------------------------ [vois widget="…"]
add_shortcode('vois', 'vois_widgets_shortcode');

function vois_widgets_shortcode($atts) {
  $o = vois_widgets_options();
  $a = shortcode_atts(array(
    'widget' => 'meldebescheinigung',
    'api' => $o['api'],
    'kommune' => $o['kommune'],
    'theme' => $o['theme'],
    'lang' => $o['lang'],
    'heading-level' => '2',
    'return-url' => '',
    'link' => $o['link'],
  ), array_change_key_case((array) $atts, CASE_LOWER), 'vois');

  $services = vois_widgets_services();
  $problems = array();
  if (!isset($services[$a['widget']])) {
    $problems[] = sprintf('Der Dienst „%s“ ist unbekannt. Möglich: %s.', $a['widget'], implode(', ', array_keys($services)));
  }
  if (!preg_match('~^https?://[^\s"<>]+$~', $a['api'])) {
    $problems[] = 'Die Adresse der Schnittstelle fehlt (Einstellungen → VOIS-Online → „Adresse der VOIS-Schnittstelle“, oder im Shortcode: api="https://…").';
  }
  if (!preg_match('/^\d{8}$/', $a['kommune'])) {
    $problems[] = 'Der Gemeindeschlüssel fehlt (Einstellungen → VOIS-Online → „Amtlicher Gemeindeschlüssel“, acht Ziffern, oder im Shortcode: kommune="12345678").';
  }
  if ($problems) return vois_widgets_config_message($problems);

  $data = array(
    'data-vois-widget' => $a['widget'],
    'data-api' => $a['api'],
    'data-kommune' => $a['kommune'],
    'data-theme' => in_array($a['theme'], vois_widgets_themes(), true) ? $a['theme'] : 'default',
    'data-heading-level' => preg_match('/^[1-6]$/', $a['heading-level']) ? $a['heading-level'] : '2',
  );
  if (in_array($a['lang'], array('de', 'en'), true)) $data['data-lang'] = $a['lang'];
  if ($a['return-url'] !== '') $data['data-return-url'] = esc_url_raw($a['return-url'], array('http', 'https'));

  $html = '<div';
  foreach ($data as $name => $value) $html .= sprintf(' %s="%s"', $name, esc_attr($value));
  $html .= '>';
  // What visitors without JavaScript see; the widget replaces it.
  $english = $a['lang'] === 'en';
  $html .= '<p>' . esc_html($english ? 'This online service needs JavaScript.' : 'Dieser Online-Dienst braucht JavaScript.');
  if ($a['link'] !== '') {
    $html .= sprintf(' <a href="%s">%s</a>', esc_url($a['link']),
      esc_html($english ? 'Contact the citizens’ office' : $services[$a['widget']] . ' beim Bürgerbüro'));
  }
  return $html . '</p></div>';
}

/**
 * The shortcode's answer to a missing or wrong setting: the same message the widget shows for a
 * broken embedding, naming the setting. Never a working widget of some other town.
 */
function vois_widgets_config_message($problems) {
  $items = '';
  foreach ($problems as $p) $items .= '<li>' . esc_html($p) . '</li>';
  return '<div class="vois-config-message" role="note">'
    . '<p><strong>Dieser Online-Dienst ist falsch eingebunden</strong></p>'
    . '<p>Der Dienst steht hier gerade nicht zur Verfügung. Bitte wenden Sie sich an Ihre Stadt- oder Gemeindeverwaltung.</p>'
    . '<p>Hinweis für die Redaktion dieser Website:</p><ul>' . $items . '</ul></div>';
}

// ------------------------------------------------------------------ Einstellungen → VOIS-Online
add_action('admin_init', function () {
  register_setting('vois_widgets', 'vois_widgets', array('type' => 'array', 'sanitize_callback' => 'vois_widgets_sanitize'));
});

add_action('admin_menu', function () {
  add_options_page('VOIS-Online', 'VOIS-Online', 'manage_options', 'vois-widgets', 'vois_widgets_settings_page');
});

/** Checks every field; a wrong value keeps the old one and says which field and why. */
function vois_widgets_sanitize($input) {
  $old = vois_widgets_options();
  $input = is_array($input) ? array_map('trim', array_map('strval', $input)) : array();
  $out = $old;
  $url = function ($key, $label, $example) use ($input, &$out) {
    $value = isset($input[$key]) ? $input[$key] : '';
    // Base addresses lose a trailing slash (paths are appended); the Bürgerbüro page keeps it.
    if ($value === '' || preg_match('~^https?://[^\s"<>]+$~', $value)) $out[$key] = $key === 'link' ? $value : untrailingslashit($value);
    else add_settings_error('vois_widgets', "vois-$key", sprintf('%s: „%s“ ist keine vollständige Adresse. Beispiel: %s', $label, $value, $example));
  };
  $url('api', 'Adresse der VOIS-Schnittstelle', 'https://api.example.de');
  $url('files', 'Adresse der Widget-Dateien', content_url('vois'));
  $url('link', 'Seite des Bürgerbüros', home_url('/buergerbuero/'));
  $kommune = isset($input['kommune']) ? $input['kommune'] : '';
  if ($kommune === '' || preg_match('/^\d{8}$/', $kommune)) $out['kommune'] = $kommune;
  else add_settings_error('vois_widgets', 'vois-kommune', sprintf('Amtlicher Gemeindeschlüssel: „%s“ hat nicht acht Ziffern. Beispiel: 12064472', $kommune));
  if (isset($input['theme']) && in_array($input['theme'], vois_widgets_themes(), true)) $out['theme'] = $input['theme'];
  if (isset($input['lang']) && in_array($input['lang'], array('', 'de', 'en'), true)) $out['lang'] = $input['lang'];
  return $out;
}

function vois_widgets_settings_page() {
  if (!current_user_can('manage_options')) return;
  $o = vois_widgets_options();
  $field = function ($key, $label, $help, $type = 'url') use ($o) {
    printf('<tr><th scope="row"><label for="vois-%1$s">%2$s</label></th><td><input id="vois-%1$s" name="vois_widgets[%1$s]" type="%3$s" class="regular-text" value="%4$s" aria-describedby="vois-%1$s-help"><p class="description" id="vois-%1$s-help">%5$s</p></td></tr>',
      esc_attr($key), esc_html($label), esc_attr($type), esc_attr($o[$key]), esc_html($help));
  };
  $select = function ($key, $label, $choices) use ($o) {
    printf('<tr><th scope="row"><label for="vois-%1$s">%2$s</label></th><td><select id="vois-%1$s" name="vois_widgets[%1$s]">', esc_attr($key), esc_html($label));
    foreach ($choices as $value => $text) printf('<option value="%s"%s>%s</option>', esc_attr($value), selected($o[$key], $value, false), esc_html($text));
    echo '</select></td></tr>';
  };
  // Messages (saved / which field is wrong) come from options-head.php, as on every Settings page.
  echo '<div class="wrap"><h1>VOIS-Online</h1>';
  echo '<form method="post" action="options.php">';
  settings_fields('vois_widgets');
  echo '<table class="form-table" role="presentation">';
  $field('api', 'Adresse der VOIS-Schnittstelle', 'Vom Betreiber der Schnittstelle, z. B. https://api.example.de. Er muss die Adresse dieser Website freischalten.');
  $field('kommune', 'Amtlicher Gemeindeschlüssel', 'Acht Ziffern, z. B. 12064472.', 'text');
  $select('theme', 'Farbvorlage (Theme)', array_combine(vois_widgets_themes(), vois_widgets_themes()));
  $select('lang', 'Sprache der Widgets', array('' => 'wie die Seite (<html lang>)', 'de' => 'Deutsch', 'en' => 'Englisch'));
  $field('link', 'Seite des Bürgerbüros', 'Für Besucher ohne JavaScript: Link unter dem Dienst. Leer: kein Link.');
  $field('files', 'Adresse der Widget-Dateien', sprintf('Ordner, der den Ordner %s enthält. Leer: %s', VOIS_WIDGETS_VERSION, content_url('vois')));
  echo '</table>';
  submit_button('Einstellungen speichern');
  echo '</form>';
  printf('<h2>Einbinden</h2><p>Im Block-Editor ein Shortcode-Block: <code>[vois widget="meldebescheinigung"]</code>. Weitere Angaben: <code>lang="en"</code>, <code>return-url="…"</code>, <code>heading-level="3"</code>, <code>theme="…"</code>.</p><p>Version %s, Ladeskript: <code>%s</code></p></div>',
    esc_html(VOIS_WIDGETS_VERSION), esc_html(vois_widgets_files_base() . '/' . VOIS_WIDGETS_VERSION . '/loader.js'));
}
